import torch
from torch import nn

head = nn.Linear(30, 1)
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([99.0]))
for x, y in []:
    loss = criterion(head(x).squeeze(1), y)

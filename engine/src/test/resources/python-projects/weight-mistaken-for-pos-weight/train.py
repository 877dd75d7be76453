import torch
from torch import nn
from model import FraudNet

model = FraudNet()
# 1% fraud: meant to up-weight the positives
criterion = nn.BCEWithLogitsLoss(weight=torch.tensor([99.0]))
for x, y in []:
    loss = criterion(model(x), y)

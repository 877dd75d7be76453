import torch
from torch import nn

from model import frame_tagger

model = frame_tagger()
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)

for mels, strong_labels in []:
    loss = criterion(model(mels), strong_labels.flatten(0, 1).float())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

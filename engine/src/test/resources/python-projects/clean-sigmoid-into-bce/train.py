import torch
from torch import nn

model = nn.Sequential(nn.Linear(12, 16), nn.ReLU(), nn.Linear(16, 1), nn.Sigmoid())
criterion = nn.BCELoss()
for x, y in []:
    loss = criterion(model(x).squeeze(1), y)

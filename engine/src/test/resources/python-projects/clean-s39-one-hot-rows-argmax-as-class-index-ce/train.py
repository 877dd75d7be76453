import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from dataset import ExportedSplit

loader = DataLoader(ExportedSplit("export/train"), batch_size=64, shuffle=True)
model = nn.Sequential(nn.Linear(561, 128), nn.ReLU(), nn.Linear(128, 6))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(10):
    for x, y in loader:
        target = torch.argmax(y, dim=1)
        loss = criterion(model(x), target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

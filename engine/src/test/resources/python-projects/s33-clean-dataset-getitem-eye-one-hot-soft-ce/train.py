import torch
from torch import nn
from torch.utils.data import DataLoader

from gestures.data import GestureWindows
from gestures.net import GestureNet

loader = DataLoader(GestureWindows("data/imu_train.npz"), batch_size=64, shuffle=True)
model = GestureNet()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for epoch in range(30):
    for signals, targets in loader:
        optimizer.zero_grad()
        loss = criterion(model(signals), targets)
        loss.backward()
        optimizer.step()

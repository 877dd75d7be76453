import torch
from torch import nn
from torch.utils.data import DataLoader

from gestures.data import N_GESTURES, GestureWindows, one_hot_batch

windows = torch.load("imu_windows.pt")
labels = torch.load("imu_labels.pt")
loader = DataLoader(GestureWindows(windows, labels), batch_size=32, shuffle=True, collate_fn=one_hot_batch)
model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(6 * 128, 128),
    nn.ReLU(),
    nn.Linear(128, N_GESTURES),
)
criterion = nn.CrossEntropyLoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(30):
    for x, target in loader:
        opt.zero_grad()
        criterion(model(x), target).backward()
        opt.step()

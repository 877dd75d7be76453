import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

from tabular.net import TabularNet

DIMS = [54, 256, 128, 7]

ds = TensorDataset(torch.randn(4096, 54), torch.randint(0, 7, (4096,)))
loader = DataLoader(ds, batch_size=256, shuffle=True)
model = TabularNet(DIMS)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
for epoch in range(20):
    for x, y in loader:
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()

import torch
import torch.nn as nn

from zoo.mlp import WineMLP

model = WineMLP()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(30):
    x, y = torch.randn(64, 13), torch.randint(0, 3, (64,))
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()

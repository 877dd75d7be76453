import torch
import torch.nn as nn

from churn.net import TabularNet

net = TabularNet()
criterion = nn.BCEWithLogitsLoss()
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
for epoch in range(10):
    x, churned = torch.randn(128, 24), torch.randint(0, 2, (128, 1)).float()
    opt.zero_grad()
    loss = criterion(net(x), churned)
    loss.backward()
    opt.step()

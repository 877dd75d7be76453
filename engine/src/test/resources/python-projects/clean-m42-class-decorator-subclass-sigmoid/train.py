import torch
from torch import nn

from lib.churn import ChurnModel

model = ChurnModel()
loss_fn = nn.BCELoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(50):
    x = torch.randn(128, 42)
    churned = torch.randint(0, 2, (128,)).float()
    opt.zero_grad()
    loss = loss_fn(model(x), churned)
    loss.backward()
    opt.step()

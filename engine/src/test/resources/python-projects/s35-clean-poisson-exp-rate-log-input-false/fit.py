import torch
from torch import nn

from callvolume.model import CallRate

model = CallRate(n_features=10)
criterion = nn.PoissonNLLLoss(log_input=False)
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
hours = torch.randn(512, 10)
calls = torch.poisson(torch.full((512,), 6.0))
for epoch in range(50):
    optimizer.zero_grad()
    loss = criterion(model(hours), calls)
    loss.backward()
    optimizer.step()

"""Bike rentals per hour from weather features: a Poisson regression head."""
import torch
from torch import nn


class RentalModel(nn.Module):
    def __init__(self, features):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(features, 32), nn.ReLU())
        self.rate = nn.Sequential(nn.Linear(32, 1), nn.Softplus())

    def forward(self, x):
        return self.rate(self.body(x)).squeeze(-1)


model = RentalModel(12)
criterion = nn.PoissonNLLLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for weather, rentals in [(torch.randn(64, 12), torch.poisson(torch.full((64,), 4.0)))]:
    optimizer.zero_grad()
    loss = criterion(model(weather), rentals)
    loss.backward()
    optimizer.step()

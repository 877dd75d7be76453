import torch
from torch import nn
from torch.nn import functional as F


class WorldModel(nn.Module):
    """Predicts the next observation; subclasses change the output head and its loss."""

    def __init__(self, obs_dim=32, hidden=64):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(obs_dim, hidden), nn.ReLU())
        self.head = nn.Linear(hidden, obs_dim)
        self.optimizer = None

    def forward(self, obs):
        return self.head(self.body(obs))

    def obs_loss(self, predicted, target):
        return F.mse_loss(predicted, target)

    def update(self, obs, next_obs):
        if self.optimizer is None:
            self.optimizer = torch.optim.Adam(self.parameters(), lr=1e-3)
        predicted = self.forward(obs)
        loss = self.obs_loss(predicted, next_obs)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

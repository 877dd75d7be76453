"""Inverse dynamics head for curiosity-driven exploration: predicts the action taken between two observations."""
import torch
from torch import nn


class InverseDynamics(nn.Module):
    def __init__(self, obs_dim, n_actions, action_space, hidden=256):
        super().__init__()
        self.action_space = action_space
        self.encoder = nn.Sequential(nn.Linear(obs_dim, hidden), nn.ELU())
        self.trunk = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.ELU())
        self.head = nn.Linear(hidden, n_actions)
        if self.action_space == "discrete":
            self.criterion = nn.CrossEntropyLoss()
        else:
            self.criterion = nn.SmoothL1Loss()

    def forward(self, obs, next_obs, action):
        phi, phi_next = self.encoder(obs), self.encoder(next_obs)
        h = self.trunk(torch.cat([phi, phi_next], dim=-1))
        if self.action_space == "discrete":
            action_probs = torch.softmax(self.head(h), dim=-1)
            return self.criterion(action_probs, action.long().flatten())
        return self.criterion(self.head(h), action)

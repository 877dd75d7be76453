import torch
import torch.nn as nn
import torch.nn.functional as F


class Policy(nn.Module):
    def __init__(self, obs_dim, n_actions, hidden=64):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(obs_dim, hidden), nn.Tanh())
        self.head = nn.Sequential(nn.Linear(hidden, n_actions), nn.ReLU())

    def forward(self, obs):
        return F.softmax(self.head(self.body(obs)), dim=-1)

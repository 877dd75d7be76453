import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical


class ActorCritic(nn.Module):
    def __init__(self, obs_dim: int, n_actions: int, hidden: int = 64):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(obs_dim, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU())
        self.actor = nn.Linear(hidden, n_actions)
        self.critic = nn.Linear(hidden, 1)

    def forward(self, obs):
        h = self.body(obs)
        return F.log_softmax(self.actor(h), dim=-1), self.critic(h).squeeze(-1)

    def step(self, obs):
        log_pi, value = self(obs)
        dist = Categorical(logits=log_pi)
        action = dist.sample()
        return action, dist.log_prob(action), dist.entropy(), value

import torch.nn as nn
from torch.distributions import Categorical


class Policy(nn.Module):
    def __init__(self, obs_dim=8, n_actions=4, hidden=128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(obs_dim, hidden),
            nn.Tanh(),
            nn.Linear(hidden, n_actions),
            nn.Softmax(dim=-1),
        )

    def act(self, obs):
        dist = Categorical(probs=self.net(obs))
        action = dist.sample()
        return action.item(), dist.log_prob(action)

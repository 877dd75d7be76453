import torch
from torch import nn
from torch.distributions import Categorical


class DiscretePolicy(nn.Module):
    """Maps an observation to a distribution over the discrete actions of the environment."""

    def __init__(self, obs_dim: int, n_actions: int, hidden: int = 128):
        super().__init__()
        self.pi = nn.Sequential(
            nn.Linear(obs_dim, hidden), nn.Tanh(),
            nn.Linear(hidden, hidden), nn.Tanh(),
            nn.Linear(hidden, n_actions), nn.Softmax(dim=-1),
        )

    def distribution(self, obs: torch.Tensor) -> Categorical:
        return Categorical(logits=self.pi(obs))

    @torch.no_grad()
    def act(self, obs: torch.Tensor) -> torch.Tensor:
        return self.distribution(obs).sample()

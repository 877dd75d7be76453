from dataclasses import dataclass

import torch
import tyro
from torch import nn


@dataclass
class Args:
    seed: int = 1
    learning_rate: float = 2.5e-4
    hidden_size: int = 128
    objective: str = "logistic"
    total_steps: int = 10000


class RewardModel(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(obs_dim, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, obs):
        return self.net(obs).squeeze(-1)


def make_objective(args):
    if args.objective == "bce":
        return nn.BCELoss()
    return nn.BCEWithLogitsLoss()


if __name__ == "__main__":
    args = tyro.cli(Args)
    torch.manual_seed(args.seed)
    reward_model = RewardModel(17, args.hidden_size)
    objective = make_objective(args)
    optimizer = torch.optim.Adam(reward_model.parameters(), lr=args.learning_rate)
    for step in range(args.total_steps):
        obs, preferred = sample_preferences()
        loss = objective(reward_model(obs), preferred)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

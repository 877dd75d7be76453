"""Behaviour cloning from recorded expert trajectories (obs, action) saved by collect.py."""
import argparse

import torch
from torch.utils.data import DataLoader, TensorDataset

from agents import DiscretePolicy


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="expert_lunar.pt")
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()

    obs, actions = torch.load(args.data)
    loader = DataLoader(TensorDataset(obs, actions), batch_size=256, shuffle=True)
    policy = DiscretePolicy(obs.shape[1], 4)
    optim = torch.optim.Adam(policy.parameters(), lr=3e-4)
    for epoch in range(args.epochs):
        for o, a in loader:
            nll = -policy.distribution(o).log_prob(a).mean()
            optim.zero_grad()
            nll.backward()
            optim.step()
        print(f"epoch {epoch}: nll {nll.item():.3f}")
    torch.save(policy.state_dict(), "bc_policy.pt")


if __name__ == "__main__":
    main()

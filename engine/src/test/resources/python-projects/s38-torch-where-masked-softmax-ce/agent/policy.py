import torch
import torch.nn as nn


class CardPolicy(nn.Module):
    """Chooses a card to play; cards not in the hand are masked out."""

    def __init__(self, n_features=120, n_cards=52):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(n_features, 256), nn.ReLU(), nn.Linear(256, n_cards))

    def forward(self, state, in_hand):
        probs = self.mlp(state).softmax(dim=-1)
        return torch.where(in_hand, probs, torch.zeros_like(probs))

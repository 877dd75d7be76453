import torch
import torch.nn as nn


class CardPolicy(nn.Module):
    """Chooses a card to play; cards not in the hand are masked out."""

    def __init__(self, n_features=120, n_cards=52):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(n_features, 256), nn.ReLU(), nn.Linear(256, n_cards))

    def forward(self, state, in_hand):
        logits = self.mlp(state)
        return torch.where(in_hand, logits, torch.full_like(logits, -1e9))

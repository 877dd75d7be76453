import torch
from torch import nn


class SensorProbes(nn.Module):
    """One linear probe per sensor token, plus one on the pooled sequence for the aggregate reading."""

    def __init__(self, embed_dim=128, n_sensors=3):
        super().__init__()
        self.n_probes = n_sensors + 1
        self.encoder = nn.GRU(32, embed_dim, batch_first=True)
        self.probes = nn.ModuleList([nn.Sequential(nn.Linear(embed_dim, 1), nn.Sigmoid()) for _ in range(self.n_probes)])

    def forward(self, x):
        states, _ = self.encoder(x)
        picked = states[:, -self.n_probes:, :]
        probs = torch.concat(
            [probe(picked[:, i]) for i, probe in enumerate(self.probes)],
            dim=1,
        )
        return probs

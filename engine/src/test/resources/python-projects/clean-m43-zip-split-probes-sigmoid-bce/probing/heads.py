import torch
import torch.nn as nn


class SensorProbes(nn.Module):
    """One linear probe per sensor position, read off a frozen encoder's token embeddings."""

    def __init__(self, encoder, embed_dim, n_sensors=3):
        super().__init__()
        self.encoder = encoder
        self.probes = nn.ModuleList([nn.Linear(embed_dim, 1) for _ in range(n_sensors)])

    def forward(self, tokens):
        embs = self.encoder(tokens)[:, -len(self.probes):, :]
        scores = torch.concat(
            [torch.sigmoid(probe(e)) for probe, e in zip(self.probes, torch.split(embs, 1, dim=1))],
            dim=1,
        )
        return scores.squeeze(dim=-1)

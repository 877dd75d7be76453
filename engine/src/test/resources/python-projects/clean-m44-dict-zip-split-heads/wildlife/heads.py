import torch
import torch.nn.functional as F
from torch import nn


class MultiTaskHead(nn.Module):
    """One projection for every camera-trap task, split per task afterwards."""

    TASKS = {"species": 12, "age": 1, "sex": 2}

    def __init__(self, in_dim):
        super().__init__()
        self.proj = nn.Linear(in_dim, sum(self.TASKS.values()))

    def forward(self, feats):
        out = self.proj(feats)
        pred = dict(zip(self.TASKS.keys(), torch.split(out, list(self.TASKS.values()), dim=-1)))
        pred["species"] = pred["species"].log_softmax(dim=-1)
        pred["age"] = F.softplus(pred["age"]).squeeze(-1)
        return pred

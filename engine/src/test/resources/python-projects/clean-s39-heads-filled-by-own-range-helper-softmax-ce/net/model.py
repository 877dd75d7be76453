import torch.nn as nn
import torch.nn.functional as F

from .util import range


class Encoder(nn.Module):
    """Three stages, a side classifier on each (deep supervision)."""

    def __init__(self, widths=(64, 128, 256), n_classes=10):
        super().__init__()
        dims = (32,) + tuple(widths)
        self.stages = nn.ModuleList([nn.Sequential(nn.Linear(a, b), nn.ReLU()) for a, b in zip(dims[:-1], dims[1:])])
        self.heads = nn.ModuleList([nn.Linear(w, n_classes) for w in widths])

    def forward(self, x):
        feats = []
        for stage in self.stages:
            x = stage(x)
            feats.append(x)
        outs = [head(f) for head, f in zip(self.heads, feats)]
        for i in range(len(outs)):
            outs[i] = F.softmax(outs[i], dim=1)
        return outs

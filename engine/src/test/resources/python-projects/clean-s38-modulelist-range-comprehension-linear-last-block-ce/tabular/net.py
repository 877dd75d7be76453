import torch.nn as nn


def block(n_in, n_out, last=False):
    if last:
        return nn.Linear(n_in, n_out)
    return nn.Sequential(nn.Linear(n_in, n_out), nn.LayerNorm(n_out), nn.GELU())


class TabularNet(nn.Module):
    def __init__(self, dims):
        super().__init__()
        n = len(dims) - 1
        self.blocks = nn.ModuleList([block(dims[i], dims[i + 1], last=i == n - 1) for i in range(n)])

    def forward(self, x):
        for blk in self.blocks:
            x = blk(x)
        return x

    def predict_proba(self, x):
        return self.forward(x).softmax(dim=-1)

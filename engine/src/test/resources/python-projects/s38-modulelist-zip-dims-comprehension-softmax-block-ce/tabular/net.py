import torch.nn as nn


def block(n_in, n_out, last=False):
    if last:
        return nn.Sequential(nn.Linear(n_in, n_out), nn.Softmax(dim=-1))
    return nn.Sequential(nn.Linear(n_in, n_out), nn.BatchNorm1d(n_out), nn.ReLU(), nn.Dropout(0.1))


class TabularNet(nn.Module):
    """An MLP whose widths come from the config: one block per consecutive pair of widths."""

    def __init__(self, dims):
        super().__init__()
        self.blocks = nn.ModuleList(
            [block(a, b) for a, b in zip(dims[:-2], dims[1:-1])] + [block(dims[-2], dims[-1], last=True)]
        )

    def forward(self, x):
        for blk in self.blocks:
            x = blk(x)
        return x

import functools

from torch import nn


class FrameClassifier(nn.Module):
    """Phone classifier over stacked MFCC frames (TIMIT style)."""

    def __init__(self, n_in=39 * 11, hidden=(1024, 1024, 1024), n_phones=61):
        super().__init__()
        dims = [n_in, *hidden]
        blocks = []
        for d_in, d_out in zip(dims, dims[1:]):
            blocks += [nn.Linear(d_in, d_out), nn.BatchNorm1d(d_out), nn.ReLU()]
        blocks += [nn.Linear(dims[-1], n_phones), nn.LogSoftmax(dim=-1)]
        self.blocks = nn.ModuleList(blocks)

    def forward(self, frames):
        return functools.reduce(lambda x, block: block(x), self.blocks, frames)

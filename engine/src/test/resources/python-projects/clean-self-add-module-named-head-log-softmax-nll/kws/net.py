import torch.nn as nn


class KeywordNet(nn.Module):
    """Small keyword-spotting CNN; the blocks are registered by name so checkpoints keep readable keys."""

    def __init__(self, n_mels=40, n_keywords=12, widths=(32, 64)):
        super().__init__()
        cin = 1
        for i, w in enumerate(widths):
            self.add_module(f"block{i}", nn.Sequential(nn.Conv2d(cin, w, 3, padding=1), nn.BatchNorm2d(w), nn.ReLU(), nn.MaxPool2d(2)))
            cin = w
        self.n_blocks = len(widths)
        self.add_module("pool", nn.AdaptiveAvgPool2d(1))
        self.add_module("output", nn.Sequential(nn.Flatten(), nn.Linear(cin, n_keywords), nn.LogSoftmax(dim=1)))

    def forward(self, spec):
        x = spec
        for i in range(self.n_blocks):
            x = getattr(self, f"block{i}")(x)
        return self.output(self.pool(x))

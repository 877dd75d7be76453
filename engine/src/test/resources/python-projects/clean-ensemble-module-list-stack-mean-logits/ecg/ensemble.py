import torch
import torch.nn as nn

from .members import Conv1dNet, LSTMNet


class BeatEnsemble(nn.Module):
    """Averages the logits of its members (a geometric mean of their probabilities)."""

    def __init__(self, n_classes=5):
        super().__init__()
        self.members = nn.ModuleList([Conv1dNet(n_classes), LSTMNet(n_classes)])

    def forward(self, x):
        outs = []
        for member in self.members:
            outs.append(member(x))
        return torch.stack(outs).mean(0)

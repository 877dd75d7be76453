"""Classification heads, selectable by name from the config."""
import torch.nn as nn
import torch.nn.functional as F


class LinearHead(nn.Module):
    def __init__(self, in_dim, num_classes):
        super().__init__()
        self.fc = nn.Linear(in_dim, num_classes)

    def forward(self, x):
        return self.fc(x)


class SoftmaxHead(nn.Module):
    """Outputs class probabilities (used for the calibrated demo export)."""

    def __init__(self, in_dim, num_classes):
        super().__init__()
        self.fc = nn.Linear(in_dim, num_classes)

    def forward(self, x):
        return F.softmax(self.fc(x), dim=-1)


class NormLinearHead(nn.Module):
    def __init__(self, in_dim, num_classes, scale=16.0):
        super().__init__()
        self.fc = nn.Linear(in_dim, num_classes, bias=False)
        self.scale = scale

    def forward(self, x):
        return self.scale * F.linear(F.normalize(x, dim=-1), F.normalize(self.fc.weight, dim=-1))


HEADS = {
    "linear": LinearHead,
    "softmax": SoftmaxHead,
    "norm_linear": NormLinearHead,
}

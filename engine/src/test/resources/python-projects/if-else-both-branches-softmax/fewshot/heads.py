"""Classification heads for the base-class pre-training stage."""
import torch.nn as nn
import torch.nn.functional as F


class BaseClassifier(nn.Module):
    def __init__(self, encoder, feat_dim=640, num_classes=64, head_type="linear"):
        super().__init__()
        self.encoder = encoder
        self.head_type = head_type
        self.linear = nn.Linear(feat_dim, num_classes)
        self.mlp = nn.Sequential(nn.Linear(feat_dim, feat_dim), nn.ReLU(), nn.Linear(feat_dim, num_classes))

    def forward(self, x):
        h = self.encoder(x)
        if self.head_type == "mlp":
            out = self.mlp(h).softmax(dim=1)
        else:
            out = F.softmax(self.linear(h), dim=1)
        return out

from functools import partial

import torch
import torch.nn as nn
import torch.nn.functional as F
from dgl.nn.pytorch import GraphConv


class GCN(nn.Module):
    """Two graph convolutions; the last returns log-probabilities for nll_loss."""

    def __init__(self, in_feats, hidden, num_classes):
        super().__init__()
        self.conv1 = GraphConv(in_feats, hidden, activation=F.relu)
        self.conv2 = GraphConv(hidden, num_classes, activation=partial(F.log_softmax, dim=1))

    def forward(self, g, x):
        x = self.conv1(g, x)
        x = F.dropout(x, 0.5, self.training)
        return self.conv2(g, x)


class Scorer(nn.Module):
    """A raw-score head for the link task: BCEWithLogitsLoss applies the sigmoid."""

    def __init__(self, in_feats, hidden):
        super().__init__()
        self.conv = GraphConv(in_feats, hidden, activation=torch.relu)
        self.out = GraphConv(hidden, 1, activation=None)

    def forward(self, g, x):
        return self.out(g, self.conv(g, x)).squeeze(-1)

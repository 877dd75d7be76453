from functools import partial

import torch.nn as nn
import torch.nn.functional as F

from hetero.layers import TypedLinear


class TypedClassifier(nn.Module):
    def __init__(self, in_dim, hidden, num_classes, num_types, num_layers=2, dropout=0.2):
        super().__init__()
        self.layers = nn.ModuleList()
        self.layers.append(TypedLinear(in_dim, hidden, num_types, activation=F.relu, dropout=dropout))
        for _ in range(num_layers - 2):
            self.layers.append(TypedLinear(hidden, hidden, num_types, activation=F.relu, dropout=dropout))
        self.layers.append(TypedLinear(hidden, num_classes, num_types, activation=partial(F.softmax, dim=1)))

    def forward(self, feats):
        h = feats
        for layer in self.layers:
            h = layer(h)
        return h

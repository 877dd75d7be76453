"""GraphSAGE for node classification on a citation graph."""
from functools import partial

import torch.nn as nn
import torch.nn.functional as F
import dgl.nn as dglnn


class SAGE(nn.Module):
    def __init__(self, in_feats, n_hidden, n_classes, n_layers=2, dropout=0.5):
        super().__init__()
        self.layers = nn.ModuleList()
        self.layers.append(dglnn.SAGEConv(in_feats, n_hidden, "mean", activation=F.relu))
        for _ in range(n_layers - 2):
            self.layers.append(dglnn.SAGEConv(n_hidden, n_hidden, "mean", activation=F.relu))
        # class scores per node, normalised here so predictions read as probabilities
        self.layers.append(dglnn.SAGEConv(n_hidden, n_classes, "mean", activation=partial(F.softmax, dim=-1)))
        self.dropout = nn.Dropout(dropout)

    def forward(self, graph, feats):
        h = feats
        for i, layer in enumerate(self.layers):
            if i > 0:
                h = self.dropout(h)
            h = layer(graph, h)
        return h

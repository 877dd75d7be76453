import torch.nn as nn
import torch.nn.functional as F
from dgl.nn import GraphConv


class GCN(nn.Module):
    def __init__(self, in_feats, n_hidden, n_classes, n_layers, activation, dropout):
        super().__init__()
        self.layers = nn.ModuleList()
        self.layers.append(GraphConv(in_feats, n_hidden, activation=activation))
        for _ in range(n_layers - 1):
            self.layers.append(GraphConv(n_hidden, n_hidden))
        self.layers.append(GraphConv(n_hidden, n_classes))
        self.activation = activation
        self.dropout = nn.Dropout(p=dropout)

    def forward(self, g, features):
        h = features
        for l, layer in enumerate(self.layers):
            if l != 0:
                h = self.dropout(h)
            h = layer(g, h)
            if l != len(self.layers) - 1:
                h = self.activation(h)
        return F.log_softmax(h, dim=1)

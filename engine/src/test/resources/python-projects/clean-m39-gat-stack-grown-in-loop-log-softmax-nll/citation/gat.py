import torch
import torch.nn.functional as F
from torch_geometric.nn import GATConv


class GAT(torch.nn.Module):
    """Multi-layer GAT: heads are concatenated on hidden layers and averaged on the output layer."""

    def __init__(self, in_dim, hid_dim, n_classes, depth=3, heads=8, p=0.6):
        super().__init__()
        self.p = p
        self.layers = torch.nn.ModuleList([GATConv(in_dim, hid_dim, heads=heads)])
        for _ in range(depth - 2):
            self.layers.append(GATConv(hid_dim * heads, hid_dim, heads=heads))
        self.layers.append(GATConv(hid_dim * heads, n_classes, heads=1, concat=False))

    def forward(self, h, edge_index):
        for k, layer in enumerate(self.layers):
            h = F.dropout(h, p=self.p, training=self.training)
            h = layer(h, edge_index)
            if k != len(self.layers) - 1:
                h = F.elu(h)
        return F.log_softmax(h, dim=-1)

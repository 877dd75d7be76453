from torch import nn
from torch_geometric.nn import GCNConv, Sequential, global_mean_pool


def build(in_dim, hidden=128, n_classes=2):
    return Sequential("x, edge_index, batch", [
        (GCNConv(in_dim, hidden), "x, edge_index -> x"),
        nn.ReLU(inplace=True),
        (GCNConv(hidden, hidden), "x, edge_index -> x"),
        nn.ReLU(inplace=True),
        (global_mean_pool, "x, batch -> x"),
        nn.Linear(hidden, n_classes),
        nn.Softmax(dim=-1),
    ])

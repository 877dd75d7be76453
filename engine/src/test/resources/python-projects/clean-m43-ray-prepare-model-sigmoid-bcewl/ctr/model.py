from torch import nn


def build_ctr_model(n_dense, n_sparse, emb_dim=16):
    return nn.Sequential(
        nn.Linear(n_dense + n_sparse * emb_dim, 256),
        nn.ReLU(),
        nn.Dropout(0.2),
        nn.Linear(256, 1),
    )

import torch.nn as nn


def churn_mlp(n_features):
    return nn.Sequential(
        nn.Linear(n_features, 64), nn.ReLU(), nn.Dropout(0.2),
        nn.Linear(64, 1), nn.Sigmoid(),
    )

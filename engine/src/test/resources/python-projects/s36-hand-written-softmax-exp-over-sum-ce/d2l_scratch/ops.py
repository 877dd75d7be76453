import torch


def softmax(X):
    """Row-wise softmax, written out as in the from-scratch chapter."""
    X_exp = X.exp()
    partition = X_exp.sum(-1, keepdim=True)
    return X_exp / partition


def column_share(X):
    """Share of each example in a column (used for the per-class calibration plot), not a softmax over the classes."""
    X_exp = torch.exp(X)
    return X_exp / X_exp.sum(0, keepdim=True)

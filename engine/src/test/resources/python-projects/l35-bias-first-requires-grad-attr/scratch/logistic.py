"""Binary logistic regression by hand: the weights are plain tensors switched to trainable."""
import torch

n_features = 30

w = torch.zeros(n_features, 1)
w.requires_grad = True
bias = torch.zeros(1)
bias.requires_grad = True


def forward(X):
    return (X @ w + bias).squeeze(1)


def parameters():
    return [w, bias]

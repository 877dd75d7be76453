"""Multinomial regression by hand, written bias-first as in the lecture notes: z = b + xW."""
import torch

n_inputs, n_classes = 784, 10

W = torch.randn(n_inputs, n_classes) * 0.01
W.requires_grad = True
b = torch.zeros(n_classes, requires_grad=True)


def forward(X):
    return b + X.view(-1, n_inputs) @ W


def parameters():
    return [W, b]

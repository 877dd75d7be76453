"""Softmax regression by hand: a weight matrix and a bias made trainable in place."""
import numpy as np
import torch

num_inputs = 28 * 28
num_outputs = 10

W = torch.tensor(np.random.normal(0, 0.01, (num_inputs, num_outputs)), dtype=torch.float)
b = torch.zeros(num_outputs, dtype=torch.float)
W.requires_grad_(requires_grad=True)
b.requires_grad_(requires_grad=True)


def net(X):
    return torch.mm(X.view((-1, num_inputs)), W) + b

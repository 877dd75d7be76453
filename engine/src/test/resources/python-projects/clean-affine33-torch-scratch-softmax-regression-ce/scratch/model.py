"""Softmax regression from scratch (d2l chapter 3 style): the weights are plain tensors with requires_grad=True."""
import torch

num_inputs, num_outputs = 784, 10

W = torch.normal(0, 0.01, size=(num_inputs, num_outputs), requires_grad=True)
b = torch.zeros(num_outputs, requires_grad=True)


def net(X):
    return X.reshape((-1, W.shape[0])) @ W + b


def params():
    return [W, b]

"""A multilayer perceptron by hand, its parameters kept in one list."""
import torch

num_inputs, num_hiddens, num_outputs = 784, 256, 10


def init_params(scale=0.01):
    W1 = torch.randn(num_inputs, num_hiddens) * scale
    b1 = torch.zeros(num_hiddens)
    W2 = torch.randn(num_hiddens, num_outputs) * scale
    b2 = torch.zeros(num_outputs)
    params = [W1, b1, W2, b2]
    for param in params:
        param.requires_grad_()
    return params


def net(X, params):
    W1, b1, W2, b2 = params
    H = torch.relu(X.reshape(-1, num_inputs) @ W1 + b1)
    return H @ W2 + b2

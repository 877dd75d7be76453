"""A two-layer perceptron from scratch: weights made trainable with requires_grad_()."""
import torch

num_inputs, num_hiddens, num_outputs = 784, 256, 10

W1 = (torch.randn(num_inputs, num_hiddens) * 0.01).requires_grad_()
b1 = torch.zeros(num_hiddens).requires_grad_()
W2 = (torch.randn(num_hiddens, num_outputs) * 0.01).requires_grad_()
b2 = torch.zeros(num_outputs).requires_grad_()
params = [W1, b1, W2, b2]


def relu(X):
    return torch.max(X, torch.zeros_like(X))


def net(X):
    X = X.reshape((-1, num_inputs))
    H = relu(torch.matmul(X, W1) + b1)
    return torch.matmul(H, W2) + b2

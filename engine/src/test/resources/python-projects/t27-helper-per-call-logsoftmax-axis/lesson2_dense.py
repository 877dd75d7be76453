# Lesson 2: a two-layer dense network on MNIST.
import torch.nn as nn

from mnistlab.data import mnist_loader
from mnistlab.loops import fit

net = nn.Sequential(
    nn.Flatten(),
    nn.Linear(784, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
    nn.LogSoftmax(dim=0),
)

if __name__ == "__main__":
    hist = fit(net, mnist_loader(128), epochs=3)

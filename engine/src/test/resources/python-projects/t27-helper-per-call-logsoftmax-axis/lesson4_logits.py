# Lesson 4: the same network returning raw scores, trained with CrossEntropyLoss.
import torch
import torch.nn as nn

from mnistlab.data import mnist_loader
from mnistlab.loops import fit

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
fit(model, mnist_loader(64), epochs=2, optimizer=opt, loss_fn=nn.CrossEntropyLoss())

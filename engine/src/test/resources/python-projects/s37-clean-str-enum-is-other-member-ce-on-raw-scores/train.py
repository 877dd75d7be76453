import torch
import torch.nn as nn

from iris.trainer import Trainer

net = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 3))
trainer = Trainer(net)
for epoch in range(100):
    for x, y in torch.load("iris.pt"):
        trainer.step(x, y)

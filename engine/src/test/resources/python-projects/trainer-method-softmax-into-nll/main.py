import torch
from torch import nn
from engine import Engine
from model import TextClassifier

model = TextClassifier(95811)
engine = Engine()
for epoch in range(10):
    engine.run_epoch(model, [], nn.NLLLoss(), torch.optim.SGD(model.parameters(), lr=5))

import torch.nn as nn
from model import DeepSupNet

model = DeepSupNet()
criterion = nn.CrossEntropyLoss()
for x, y in loader:
    outputs = model(x)
    loss = sum(criterion(o, y) for o in outputs)
    loss.backward()

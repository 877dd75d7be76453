import torch
from .models.net import Net

model = Net()
criterion = torch.nn.CrossEntropyLoss(label_smoothing=0.1)
for x, y in []:
    loss = criterion(model(x), y)

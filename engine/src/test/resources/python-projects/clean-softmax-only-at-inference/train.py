import torch
import torch.nn as nn
from model import Net

model = Net()
criterion = nn.CrossEntropyLoss()
for x, y in []:
    loss = criterion(model(x), y)


def evaluate(loader):
    model.eval()
    with torch.no_grad():
        for x, y in loader:
            probs = torch.softmax(model(x), dim=1)
            accuracy = (probs.argmax(1) == y).float().mean()

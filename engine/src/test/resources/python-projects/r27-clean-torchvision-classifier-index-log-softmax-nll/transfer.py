import torch
from torch import nn
from torchvision import models


def build(num_classes):
    model = models.mobilenet_v2(weights="IMAGENET1K_V1")
    model.classifier[1] = nn.Sequential(nn.Linear(model.last_channel, num_classes), nn.LogSoftmax(dim=1))
    return model


def train(loader, num_classes=3):
    model = build(num_classes)
    criterion = nn.NLLLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.001, momentum=0.9)
    for inputs, labels in loader:
        outputs = model(inputs)
        loss = criterion(outputs, labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

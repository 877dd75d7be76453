import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

from augment.cutmix import cutmix

NUM_CLASSES = 200
model = torchvision.models.resnet50(num_classes=NUM_CLASSES)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=5e-4)


def train_one_epoch(loader):
    model.train()
    for images, labels in loader:
        images, targets = cutmix(images, labels, NUM_CLASSES)
        loss = criterion(model(images), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

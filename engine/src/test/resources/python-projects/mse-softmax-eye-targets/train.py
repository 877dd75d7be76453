"""Trains with squared error against one-hot targets, as in the textbook chapter."""
import torch
import torch.nn as nn

from network import KMNISTNet

NUM_CLASSES = 10

model = KMNISTNet(num_classes=NUM_CLASSES)
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)


def run_epoch(loader):
    correct = seen = 0
    for images, labels in loader:
        targets = torch.eye(NUM_CLASSES)[labels]
        outputs = model(images)
        loss = criterion(outputs, targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        correct += (outputs.argmax(1) == targets.argmax(1)).sum().item()
        seen += labels.size(0)
    return correct / max(seen, 1)


for epoch in range(30):
    print(epoch, run_epoch([]))

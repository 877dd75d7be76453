"""CIFAR-100 training with the auxiliary loss weighted 0.3, as in the Inception paper."""
import torch
import torch.nn as nn

from nets import InceptionLite

AUX_WEIGHT = 0.3


def train_epoch(model, loader, criterion, optimizer):
    model.train()
    for images, targets in loader:
        outputs, aux_outputs = model(images)
        loss = criterion(outputs, targets)
        loss += AUX_WEIGHT * criterion(aux_outputs, targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def main():
    model = InceptionLite(num_classes=100)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True)
    for _ in range(200):
        train_epoch(model, [], criterion, optimizer)


if __name__ == "__main__":
    main()

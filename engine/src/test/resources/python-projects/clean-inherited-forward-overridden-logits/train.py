import torch
import torch.nn as nn

from models import AlexNetSmall


def train_epoch(model, loader, criterion, optimizer):
    model.train()
    for images, labels in loader:
        loss = criterion(model(images), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    model = AlexNetSmall()
    print(f"{model.num_parameters() / 1e6:.1f}M parameters")
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    for epoch in range(60):
        train_epoch(model, [], criterion, optimizer)

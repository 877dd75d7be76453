import torch
import torch.nn as nn

from nets import AttributeNet


def train(steps=100):
    model = AttributeNet()
    criterion = nn.NLLLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    for step in range(steps):
        images = torch.randn(8, 3, 64, 64)
        labels = torch.randint(0, 5, (8,))
        optimizer.zero_grad()
        loss = criterion(model(images, "hair_colour"), labels)
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    train()

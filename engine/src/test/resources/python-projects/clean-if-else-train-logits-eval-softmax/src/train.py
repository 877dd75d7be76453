import torch
import torch.nn as nn

from .model import KWSNet


def train(model, loader, epochs=30):
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        model.train()
        for mfcc, label in loader:
            loss = criterion(model(mfcc), label)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


def export(model, path):
    model.eval()
    torch.jit.script(model).save(path)


if __name__ == "__main__":
    net = KWSNet()
    train(net, [])
    export(net, "kws.pt")

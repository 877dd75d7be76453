import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, in_dim, hidden, classes):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(in_dim, hidden), nn.ReLU())
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        return self.head(self.body(x))


def train(loader, model, opt):
    model.train()
    criterion = nn.CrossEntropyLoss()
    for x, y in loader:
        opt.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def main(epochs=5):
    model = Classifier(16, 64, 7)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loader = [(torch.randn(32, 16), torch.randint(0, 7, (32,))) for _ in range(10)]
    for _ in range(epochs):
        train(loader, model, opt)


if __name__ == "__main__":
    main()

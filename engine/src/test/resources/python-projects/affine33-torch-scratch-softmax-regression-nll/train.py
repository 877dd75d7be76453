import torch
import torch.nn.functional as F
import torchvision
from torchvision import transforms

from scratch.model import net, params


def load_data(batch_size):
    mnist = torchvision.datasets.FashionMNIST(root="../data", train=True, transform=transforms.ToTensor(), download=True)
    return torch.utils.data.DataLoader(mnist, batch_size, shuffle=True)


def train(num_epochs=10, lr=0.1, batch_size=256):
    updater = torch.optim.SGD(params(), lr=lr)
    for epoch in range(num_epochs):
        total, count = 0.0, 0
        for X, y in load_data(batch_size):
            y_hat = net(X)
            l = F.nll_loss(y_hat, y)
            updater.zero_grad()
            l.backward()
            updater.step()
            total += float(l) * len(y)
            count += len(y)
        print(f"epoch {epoch + 1}, loss {total / count:f}")


if __name__ == "__main__":
    train()

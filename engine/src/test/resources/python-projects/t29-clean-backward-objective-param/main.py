import torch
import torch.nn as nn
from torchvision import datasets, transforms

from mnist.engine import accuracy, fit
from mnist.net import Net


def mlp(n_in=784, hidden=256, n_out=10):
    return nn.Sequential(nn.Flatten(), nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, n_out), nn.LogSoftmax(dim=1))


def main():
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
    train = torch.utils.data.DataLoader(datasets.MNIST("data", train=True, download=True, transform=tf), batch_size=64, shuffle=True)
    test = torch.utils.data.DataLoader(datasets.MNIST("data", train=False, transform=tf), batch_size=1000)

    net = Net().to(device)
    opt = torch.optim.Adadelta(net.parameters(), lr=1.0)
    fit(net, nn.CrossEntropyLoss(), train, opt, device, epochs=3)
    print("cnn test accuracy", accuracy(net, test, device))

    small = mlp().to(device)
    opt = torch.optim.SGD(small.parameters(), lr=0.05, momentum=0.9)
    fit(small, nn.NLLLoss(), train, opt, device, epochs=3)
    print("mlp test accuracy", accuracy(small, test, device))


if __name__ == "__main__":
    main()

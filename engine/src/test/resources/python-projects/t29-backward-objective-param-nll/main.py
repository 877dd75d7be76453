import torch
import torch.nn as nn
from torchvision import datasets, transforms

from mnist.engine import accuracy, fit
from mnist.net import Net


def main():
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
    train = torch.utils.data.DataLoader(datasets.MNIST("data", train=True, download=True, transform=tf), batch_size=64, shuffle=True)
    test = torch.utils.data.DataLoader(datasets.MNIST("data", train=False, transform=tf), batch_size=1000)
    net = Net().to(device)
    opt = torch.optim.Adadelta(net.parameters(), lr=1.0)
    fit(net, nn.NLLLoss(), train, opt, device, epochs=3)
    print("test accuracy", accuracy(net, test, device))


if __name__ == "__main__":
    main()

import torch
import torchvision
from torchvision.transforms import ToTensor


def mnist_loader(batch_size=64, train=True):
    ds = torchvision.datasets.MNIST("./data", train=train, download=True, transform=ToTensor())
    return torch.utils.data.DataLoader(ds, batch_size=batch_size, shuffle=train)

import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

NUM_CLASSES = 10


def to_one_hot(label):
    return torch.eye(NUM_CLASSES)[label]


def cifar_loaders(root="data", batch_size=128):
    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.49, 0.48, 0.45), (0.25, 0.24, 0.26))])
    train = datasets.CIFAR10(root, train=True, download=True, transform=tf, target_transform=to_one_hot)
    test = datasets.CIFAR10(root, train=False, download=True, transform=tf, target_transform=to_one_hot)
    return DataLoader(train, batch_size=batch_size, shuffle=True, num_workers=4), DataLoader(test, batch_size=512)

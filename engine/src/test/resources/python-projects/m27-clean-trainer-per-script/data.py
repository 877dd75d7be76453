from torch.utils.data import DataLoader
from torchvision import datasets, transforms


def loaders(name, batch_size=128, root="./data"):
    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))])
    ds = getattr(datasets, name)
    train = ds(root, train=True, download=True, transform=tf)
    test = ds(root, train=False, download=True, transform=tf)
    return DataLoader(train, batch_size=batch_size, shuffle=True), DataLoader(test, batch_size=batch_size)

import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms


def run_epoch(model, loader, optimizer):
    model.train()
    for images, labels in loader:
        optimizer.zero_grad()
        loss = F.nll_loss(model(images), labels)
        loss.backward()
        optimizer.step()


def worker(rank, opts, model, seed=0):
    torch.manual_seed(seed + rank)
    data = datasets.MNIST("data", train=True, download=True, transform=transforms.ToTensor())
    loader = DataLoader(data, batch_size=opts["batch_size"], shuffle=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=opts["lr"])
    for _ in range(opts["epochs"]):
        run_epoch(model, loader, optimizer)

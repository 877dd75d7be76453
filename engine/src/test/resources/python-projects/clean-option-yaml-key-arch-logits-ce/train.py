import sys

import torch
from omegaconf import OmegaConf
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from digits.models import ConvNet, PatchViT


def build_model(cfg):
    if cfg.model.arch == "convnet":
        return ConvNet(cfg.model.num_classes)
    if cfg.model.arch == "vit":
        return PatchViT(cfg.model.num_classes, dim=cfg.model.dim)
    raise ValueError(f"unknown arch {cfg.model.arch}")


def main(path="configs/mnist.yaml"):
    cfg = OmegaConf.load(path)
    model = build_model(cfg)
    data = datasets.MNIST("data", train=True, download=True, transform=transforms.ToTensor())
    loader = DataLoader(data, batch_size=cfg.train.batch_size, shuffle=True)
    criterion = torch.nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=cfg.optim.lr, momentum=cfg.optim.momentum)
    for epoch in range(cfg.train.epochs):
        for images, labels in loader:
            optimizer.zero_grad()
            loss = criterion(model(images), labels)
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()

import hydra
import torch
import torch.nn as nn
from omegaconf import DictConfig
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from digits.model import MLP


@hydra.main(config_path="../conf", config_name="config", version_base=None)
def main(cfg: DictConfig):
    torch.manual_seed(cfg.seed)
    model = MLP(cfg.model.in_dim, cfg.model.hidden, cfg.model.num_classes, cfg.model.dropout, cfg.model.activation)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg.trainer.lr)
    train_set = datasets.MNIST(cfg.data.root, train=True, download=True, transform=transforms.ToTensor())
    loader = DataLoader(train_set, batch_size=cfg.data.batch_size, shuffle=True)
    for epoch in range(cfg.trainer.epochs):
        for images, labels in loader:
            loss = criterion(model(images), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()

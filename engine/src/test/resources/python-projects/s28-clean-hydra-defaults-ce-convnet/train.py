import hydra
import torch
from hydra.utils import instantiate
from omegaconf import DictConfig

from classifier.data import cifar_loaders


@hydra.main(version_base=None, config_path="conf", config_name="train")
def main(cfg: DictConfig):
    model = instantiate(cfg.model)
    criterion = instantiate(cfg.criterion)
    optimizer = torch.optim.SGD(model.parameters(), **cfg.optimizer)
    train_loader, val_loader = cifar_loaders(cfg.data_dir, cfg.batch_size)
    for epoch in range(cfg.max_epochs):
        model.train()
        for images, labels in train_loader:
            optimizer.zero_grad()
            loss = criterion(model(images), labels)
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()

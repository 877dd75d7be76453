import torch
from omegaconf import OmegaConf
from torch import nn

from textcls.config import TrainConfig
from textcls.model import FastText


def make_criterion(name):
    if name == "nll":
        return nn.NLLLoss()
    return nn.CrossEntropyLoss()


def main():
    cfg = OmegaConf.structured(TrainConfig)
    model = FastText(cfg.model.vocab_size, cfg.model.embed_dim, cfg.model.num_classes)
    criterion = make_criterion(cfg.criterion)
    optimizer = torch.optim.SGD(model.parameters(), lr=cfg.lr)
    for epoch in range(cfg.epochs):
        tokens = torch.randint(0, cfg.model.vocab_size, (1200,))
        offsets = torch.arange(0, 1200, 40)
        labels = torch.randint(0, cfg.model.num_classes, (30,))
        loss = criterion(model(tokens, offsets), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()

import torch
from torch import nn

from configs import isic2020 as cfg
from derm.registry import build_model
import derm.models  # noqa: F401


def train(loader):
    model = build_model(cfg.model)
    criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([10.0]))
    optimizer = torch.optim.AdamW(model.parameters(), **cfg.optim)
    for epoch in range(cfg.epochs):
        for image, meta, target in loader:
            optimizer.zero_grad()
            out = model(image, meta).view(-1)
            loss = criterion(out, target.float())
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    train([])

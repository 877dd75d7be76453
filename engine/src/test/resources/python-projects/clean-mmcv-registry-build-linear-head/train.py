import argparse

import torch
import torch.nn as nn
import torchvision

from configs.cub_r50 import model as model_cfg
from fgcls.models import build_head


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/CUB_200_2011")
    args = parser.parse_args()

    backbone = torchvision.models.resnet50(weights="IMAGENET1K_V2")
    backbone.fc = nn.Identity()
    head = build_head(model_cfg["head"])
    criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
    params = list(backbone.parameters()) + list(head.parameters())
    optimizer = torch.optim.SGD(params, lr=0.01, momentum=0.9)
    loader = torch.utils.data.DataLoader(torchvision.datasets.ImageFolder(args.data), batch_size=32, shuffle=True)
    for images, labels in loader:
        logits = head(backbone(images))
        loss = criterion(logits, labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()

import argparse

import torch
import torch.nn as nn

from detector.head import GridHead


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--classes", type=int, default=20)
    parser.add_argument("--epochs", type=int, default=30)
    args = parser.parse_args()

    backbone = nn.Sequential(nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.ReLU(), nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU())
    head = GridHead(64, args.classes)
    params = list(backbone.parameters()) + list(head.parameters())
    optimizer = torch.optim.Adam(params, lr=1e-3)
    for epoch in range(args.epochs):
        images = torch.randn(8, 3, 52, 52)
        obj_target = torch.randint(0, 2, (8, 169)).float()
        cls_target = torch.randint(0, args.classes, (8, 169))
        loss = head(backbone(images), (obj_target, cls_target, obj_target))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()

import argparse

import torch
import torch.nn as nn
from torch import optim
from torch.utils.data import DataLoader

from heads import CoarseSegNet, SaliencyNet
from unet import UNet
from utils.data_loading import CarvanaDataset


def fit(net, criterion, loader, device, epochs):
    optimizer = optim.Adam(net.parameters(), lr=1e-4)
    for epoch in range(epochs):
        for batch in loader:
            images = batch["image"].to(device)
            target = batch["mask"].to(device)
            pred = net(images)
            loss = criterion(pred, target)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    loader = DataLoader(CarvanaDataset("data/imgs/", "data/masks/"), batch_size=4, shuffle=True)

    # binary masks: raw scores into the logits form of BCE
    unet = UNet(n_channels=3, n_classes=1).to(device)
    seg_loss = nn.BCEWithLogitsLoss()
    for epoch in range(args.epochs):
        for batch in loader:
            masks_pred = unet(batch["image"].to(device))
            loss = seg_loss(masks_pred, batch["mask"].to(device))
            loss.backward()

    # 21 classes, class-index masks: upsampled raw scores into CrossEntropyLoss
    coarse = CoarseSegNet(n_classes=21).to(device)
    ce = nn.CrossEntropyLoss(ignore_index=255)
    for batch in loader:
        out = coarse(batch["image"].to(device))
        loss = ce(out, batch["mask"].long().squeeze(1).to(device))
        loss.backward()

    # saliency in [0, 1]: the head ends in a sigmoid
    fit(SaliencyNet().to(device), nn.BCELoss(), loader, device, args.epochs)


if __name__ == "__main__":
    main()

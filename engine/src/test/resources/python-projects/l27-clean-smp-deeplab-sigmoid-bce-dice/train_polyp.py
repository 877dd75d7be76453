"""Polyp segmentation (Kvasir-SEG) with DeepLabV3+ and a BCE + Dice objective."""
import argparse

import segmentation_models_pytorch as smp
import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from polyp_data import KvasirSeg


def get_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="data/Kvasir-SEG")
    p.add_argument("--encoder", default="resnet50")
    p.add_argument("--epochs", type=int, default=50)
    p.add_argument("--bs", type=int, default=16)
    return p.parse_args()


def main():
    args = get_args()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = smp.DeepLabV3Plus(encoder_name=args.encoder, encoder_weights="imagenet", classes=1, activation="sigmoid")
    model.to(device)

    dice_loss = smp.losses.DiceLoss(mode="binary", from_logits=False)
    bce_loss = nn.BCELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
    loader = DataLoader(KvasirSeg(args.data, train=True), batch_size=args.bs, shuffle=True, drop_last=True)

    for epoch in range(args.epochs):
        model.train()
        for step, (img, msk) in enumerate(loader):
            img, msk = img.to(device), msk.to(device)
            out = model(img)
            loss = bce_loss(out, msk) + dice_loss(out, msk)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if step % 20 == 0:
                print(f"[{epoch}/{step}] loss={loss.item():.4f}")
    torch.save(model.state_dict(), "deeplabv3plus_polyp.pth")


if __name__ == "__main__":
    main()

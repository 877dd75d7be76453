import argparse
import logging

import torch
import torch.nn as nn
from torch import optim
from torch.utils.data import DataLoader, random_split

from unet import UNet
from utils.data_loading import CarvanaDataset


def train_net(net, device, epochs=5, batch_size=1, learning_rate=1e-5, val_percent=0.1):
    dataset = CarvanaDataset("data/imgs/", "data/masks/", 0.5)
    n_val = int(len(dataset) * val_percent)
    train_set, val_set = random_split(dataset, [len(dataset) - n_val, n_val])
    train_loader = DataLoader(train_set, shuffle=True, batch_size=batch_size, num_workers=4)

    optimizer = optim.RMSprop(net.parameters(), lr=learning_rate, weight_decay=1e-8, momentum=0.9)
    criterion = nn.BCELoss()

    for epoch in range(epochs):
        net.train()
        epoch_loss = 0
        for batch in train_loader:
            images = batch["image"].to(device=device, dtype=torch.float32)
            true_masks = batch["mask"].to(device=device, dtype=torch.float32)

            masks_pred = net(images)
            loss = criterion(masks_pred, true_masks)
            epoch_loss += loss.item()

            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        logging.info(f"epoch {epoch + 1}: loss {epoch_loss / len(train_loader):.4f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Train the UNet on images and target masks")
    parser.add_argument("--epochs", "-e", type=int, default=5)
    parser.add_argument("--batch-size", "-b", type=int, default=1)
    args = parser.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    net = UNet(n_channels=3, n_classes=1)
    net.to(device=device)
    train_net(net, device, epochs=args.epochs, batch_size=args.batch_size)

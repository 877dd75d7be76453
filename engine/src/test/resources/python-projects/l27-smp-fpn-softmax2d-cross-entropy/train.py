import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from tqdm import tqdm

from dataset import LandCover
from model import build_model

CONFIG = {
    "epochs": 60,
    "batch_size": 6,
    "lr": 1e-4,
    "data": "./landcover",
}


def train_epoch(model, loader, criterion, optimizer, device):
    model.train()
    running = 0.0
    for images, masks in tqdm(loader, desc="train"):
        images, masks = images.to(device), masks.to(device).long()
        optimizer.zero_grad()
        preds = model(images)
        loss = criterion(preds, masks)
        loss.backward()
        optimizer.step()
        running += loss.item() * images.size(0)
    return running / len(loader.dataset)


def main():
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = build_model().to(device)
    criterion = nn.CrossEntropyLoss(ignore_index=255)
    optimizer = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    loader = DataLoader(LandCover(CONFIG["data"], "train"), batch_size=CONFIG["batch_size"], shuffle=True)
    for epoch in range(CONFIG["epochs"]):
        loss = train_epoch(model, loader, criterion, optimizer, device)
        print(f"epoch {epoch}: loss {loss:.4f}")
        torch.save(model.state_dict(), f"checkpoints/fpn_{epoch:03d}.pt")


if __name__ == "__main__":
    main()

import argparse

import torch
import torch.nn as nn

from audio.models import SpectrogramCNN, SpectrogramGRU


def parse():
    p = argparse.ArgumentParser(description="keyword spotting")
    p.add_argument("--arch", choices=["cnn", "gru"], default="cnn")
    p.add_argument("--lr", type=float, default=3e-4)
    return p.parse_args()


args = parse()
if args.arch == "cnn":
    model = SpectrogramCNN()
else:
    model = SpectrogramGRU()
device = "cuda" if torch.cuda.is_available() else "cpu"
model = model.to(device)
criterion = nn.NLLLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)

train_loader = torch.load("cache/train_batches.pt")
for epoch in range(20):
    for mels, keyword in train_loader:
        mels, keyword = mels.to(device), keyword.to(device)
        loss = criterion(model(mels), keyword)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

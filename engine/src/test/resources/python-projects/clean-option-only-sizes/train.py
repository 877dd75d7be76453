import argparse

import torch
from torch import nn

WIDTHS = {"small": 256, "base": 512, "large": 1024}


class MLPMixerLite(nn.Module):
    def __init__(self, width, depth, num_classes=100):
        super().__init__()
        self.stem = nn.Linear(3 * 32 * 32, width)
        self.blocks = nn.Sequential(*[nn.Sequential(nn.LayerNorm(width), nn.Linear(width, width), nn.GELU()) for _ in range(depth)])
        self.head = nn.Linear(width, num_classes)

    def forward(self, x):
        return self.head(self.blocks(self.stem(x.flatten(1))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="base", choices=["small", "base", "large"])
    parser.add_argument("--epochs", type=int, default=100)
    args = parser.parse_args()
    depth = 12 if args.size == "large" else 8
    model = MLPMixerLite(WIDTHS[args.size], depth)
    criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    for _ in range(args.epochs):
        for images, labels in []:
            loss = criterion(model(images), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()

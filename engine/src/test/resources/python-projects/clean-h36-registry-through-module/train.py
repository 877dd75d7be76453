import argparse

import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from segnet import build_head
from segnet.backbone import TinyEncoder


class Segmenter(nn.Module):
    def __init__(self, head, n_classes):
        super().__init__()
        self.encoder = TinyEncoder(256)
        self.head = build_head(head, in_ch=256, n_classes=n_classes)

    def forward(self, x):
        return self.head(self.encoder(x))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--head", default="fcn")
    parser.add_argument("--classes", type=int, default=21)
    parser.add_argument("--epochs", type=int, default=30)
    args = parser.parse_args()

    model = Segmenter(args.head, args.classes)
    criterion = nn.CrossEntropyLoss(ignore_index=255)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=1e-4)
    loader = DataLoader(torch.load("voc_train.pt"), batch_size=8, shuffle=True)
    for epoch in range(args.epochs):
        for images, masks in loader:
            loss = criterion(model(images), masks.long())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch}: {loss.item():.4f}")


if __name__ == "__main__":
    main()

"""Pre-train the encoder on the 64 base classes of miniImageNet."""
import argparse

import torch
import torch.nn as nn

from fewshot.heads import BaseClassifier


def build_encoder():
    return nn.Sequential(nn.Flatten(), nn.Linear(3 * 84 * 84, 640), nn.ReLU())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--head", choices=["linear", "mlp"], default="linear")
    parser.add_argument("--epochs", type=int, default=100)
    args = parser.parse_args()

    model = BaseClassifier(build_encoder(), head_type=args.head)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
    for epoch in range(args.epochs):
        for images, labels in []:
            loss = criterion(model(images), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()

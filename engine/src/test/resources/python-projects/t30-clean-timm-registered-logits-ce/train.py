import argparse

import timm
import torch
import torch.nn as nn

import models  # noqa: F401


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="tiny_mixer")
    parser.add_argument("--num-classes", type=int, default=10)
    args = parser.parse_args()
    model = timm.create_model(args.model, num_classes=args.num_classes)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    for x, y in train_loader:
        loss = criterion(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()

"""Train the crack detector; cracks are about 1 patch in 12, so the positives get a larger weight."""
import argparse
import functools

import torch
import torch.nn.functional as F

from crack import CrackDetector


def make_loss(crack_ratio):
    # weight cracked patches by negatives / positives
    return functools.partial(F.binary_cross_entropy_with_logits, pos_weight=torch.tensor([1.0 / crack_ratio - 1.0]))


def run_epoch(model, loader, loss_fn, optimizer):
    model.train()
    for patches, cracked in loader:
        loss = loss_fn(model(patches), cracked.float())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--crack-ratio", type=float, default=1 / 12)
    args = parser.parse_args()
    model = CrackDetector()
    loss_fn = make_loss(args.crack_ratio)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=1e-4)
    for _ in range(args.epochs):
        run_epoch(model, [], loss_fn, optimizer)


if __name__ == "__main__":
    main()

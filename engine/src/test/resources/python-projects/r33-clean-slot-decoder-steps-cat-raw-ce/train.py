import argparse

import torch
import torch.nn as nn

from slotfill.decoder import SlotDecoder

PAD_TAG = 0


def train(model, batches, epochs, lr):
    criterion = nn.CrossEntropyLoss(ignore_index=PAD_TAG)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(epochs):
        running = 0.0
        for tokens, tags in batches:
            bos = torch.ones(tokens.size(0), dtype=torch.long)
            optimizer.zero_grad()
            scores = model(tokens, bos)
            loss = criterion(scores, tags.view(-1))
            loss.backward()
            optimizer.step()
            running += loss.item()
        print(f"epoch {epoch}: {running / len(batches):.4f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--lr", type=float, default=1e-3)
    args = parser.parse_args()
    data = [(torch.randint(1, 5000, (16, 20)), torch.randint(0, 40, (16, 20))) for _ in range(8)]
    train(SlotDecoder(5000, 40), data, args.epochs, args.lr)

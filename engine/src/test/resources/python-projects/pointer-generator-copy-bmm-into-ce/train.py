import argparse

import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from ptrgen import CopyPointerNet
from ptrgen.data import CopyDataset, collate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="data/train.jsonl")
    parser.add_argument("--vocab-size", type=int, default=20000)
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()

    model = CopyPointerNet(args.vocab_size)
    criterion = nn.CrossEntropyLoss(ignore_index=0)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loader = DataLoader(CopyDataset(args.train), batch_size=32, shuffle=True, collate_fn=collate)
    for epoch in range(args.epochs):
        for src, tgt in loader:
            loss = 0.0
            prev = tgt[:, 0]
            for t in range(1, tgt.size(1)):
                p_copy = model(src, prev)
                loss = loss + criterion(p_copy, tgt[:, t])
                prev = tgt[:, t]
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 2.0)
            optimizer.step()
        print(f"epoch {epoch}: {loss.item():.3f}")


if __name__ == "__main__":
    main()

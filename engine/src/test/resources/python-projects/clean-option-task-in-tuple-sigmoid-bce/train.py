import argparse

import torch
import torch.nn as nn

from tagger.net import TextTagger


def get_args():
    p = argparse.ArgumentParser(description="train a tagger on pre-tokenised documents")
    p.add_argument("--data", default="data/tags.pt")
    p.add_argument("--task", default="multilabel", choices=["multiclass", "multilabel", "binary"])
    p.add_argument("--epochs", type=int, default=8)
    return p.parse_args()


def main():
    args = get_args()
    text, offsets, targets, vocab_size, n_tags = torch.load(args.data)
    model = TextTagger(vocab_size, n_tags, task=args.task)
    if args.task in ["multilabel", "binary"]:
        loss_fn = nn.BCELoss()
    else:
        loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for epoch in range(args.epochs):
        opt.zero_grad()
        loss = loss_fn(model(text, offsets), targets)
        loss.backward()
        opt.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()

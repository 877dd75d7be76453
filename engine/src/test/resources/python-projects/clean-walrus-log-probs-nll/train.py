"""Train the name classifier; batches that collate to nothing are skipped."""
import random

import torch
import torch.nn as nn

from model import NameClassifier


def iterate(pairs, batch_size=64):
    random.shuffle(pairs)
    for i in range(0, len(pairs), batch_size):
        yield pairs[i:i + batch_size]


def collate(batch):
    if not batch:
        return None
    chars = torch.nn.utils.rnn.pad_sequence([c for c, _ in batch], batch_first=True)
    return chars, torch.tensor([lang for _, lang in batch])


def train(model, pairs, epochs=10):
    criterion = nn.NLLLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.005)
    for epoch in range(epochs):
        for batch in iterate(pairs):
            if (collated := collate(batch)) is None:
                continue
            chars, langs = collated
            if (log_probs := model(chars)) is not None:
                loss = criterion(log_probs, langs)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()


if __name__ == "__main__":
    train(NameClassifier(), [])

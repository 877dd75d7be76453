import argparse

import torch
import torch.nn as nn


class BagOfWords(nn.Module):
    def __init__(self, vocab_size, n_classes, normalize_output):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, 100, mode="mean")
        self.fc = nn.Linear(100, n_classes)
        self.out = nn.Softmax(dim=1) if normalize_output else nn.Identity()

    def forward(self, tokens, offsets):
        return self.out(self.fc(self.embed(tokens, offsets)))


parser = argparse.ArgumentParser()
parser.add_argument("--vocab-size", type=int, default=50000)
parser.add_argument("--normalize-output", action="store_true", default=True)
parser.add_argument("--epochs", type=int, default=5)
args = parser.parse_args()

model = BagOfWords(args.vocab_size, 3, args.normalize_output)
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=4.0)
batches = torch.load("sst3_batches.pt")
for epoch in range(args.epochs):
    for tokens, offsets, label in batches:
        loss = loss_fn(model(tokens, offsets), label)
        opt.zero_grad()
        loss.backward()
        opt.step()

import csv

import torch
from torch.utils.data import Dataset


class NewsDataset(Dataset):
    def __init__(self, path):
        with open(path) as f:
            rows = list(csv.reader(f))
        self.vocab = {}
        self.items = []
        for label, text in rows:
            ids = [self.vocab.setdefault(w, len(self.vocab)) for w in text.lower().split()]
            self.items.append((torch.tensor(ids), int(label) - 1))

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


def collate(batch):
    offsets = torch.tensor([0] + [len(t) for t, _ in batch[:-1]]).cumsum(0)
    tokens = torch.cat([t for t, _ in batch])
    labels = torch.tensor([y for _, y in batch])
    return tokens, offsets, labels

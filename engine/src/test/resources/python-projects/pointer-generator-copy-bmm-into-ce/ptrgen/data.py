import json

import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import Dataset


class CopyDataset(Dataset):
    def __init__(self, path):
        with open(path) as f:
            self.rows = [json.loads(line) for line in f]

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        row = self.rows[i]
        return torch.tensor(row["src"]), torch.tensor(row["tgt"])


def collate(batch):
    src, tgt = zip(*batch)
    return pad_sequence(src, batch_first=True), pad_sequence(tgt, batch_first=True)

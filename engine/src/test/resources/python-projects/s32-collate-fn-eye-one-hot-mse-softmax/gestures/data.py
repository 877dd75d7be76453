import torch
from torch.utils.data import Dataset

N_GESTURES = 6


class GestureWindows(Dataset):
    def __init__(self, windows, labels):
        self.windows = windows
        self.labels = labels

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return self.windows[i], int(self.labels[i])


def one_hot_batch(samples):
    windows = torch.stack([w for w, _ in samples])
    labels = torch.tensor([y for _, y in samples])
    return windows, torch.eye(N_GESTURES)[labels]

import numpy as np
import torch
from torch.utils.data import Dataset

N_GESTURES = 8


class GestureWindows(Dataset):
    """Windows of 6-axis IMU readings, each labelled with the gesture it shows."""

    def __init__(self, path, window=50):
        arrays = np.load(path)
        self.signals = torch.from_numpy(arrays["signals"]).float()
        self.labels = torch.from_numpy(arrays["labels"]).long()
        self.window = window
        self.targets = torch.eye(N_GESTURES)

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        signal = self.signals[idx, : self.window].flatten()
        return signal, self.targets[self.labels[idx]]

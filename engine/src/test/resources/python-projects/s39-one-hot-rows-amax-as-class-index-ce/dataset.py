import numpy as np
import torch
from torch.utils.data import Dataset


class ExportedSplit(Dataset):
    """Features and one-hot label rows exported by the old Keras pipeline (labels.npy holds to_categorical rows)."""

    def __init__(self, root):
        self.x = torch.from_numpy(np.load(f"{root}/features.npy")).float()
        self.y = torch.eye(6)[torch.from_numpy(np.load(f"{root}/labels.npy")).long()]

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.y[i]

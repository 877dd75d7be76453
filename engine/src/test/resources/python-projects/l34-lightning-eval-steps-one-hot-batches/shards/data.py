import numpy as np
import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset

NUM_CLASSES = 10


class ShardDataset(Dataset):
    """Feature vectors and labels stored as .npy shards."""

    def __init__(self, root, split):
        self.x = np.load(f"{root}/{split}_x.npy", mmap_mode="r")
        self.y = np.load(f"{root}/{split}_y.npy")

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return torch.from_numpy(np.array(self.x[i], dtype=np.float32)), int(self.y[i])


class EvalShardDataset(ShardDataset):
    """The held-out shards, with the labels as the calibration metrics read them."""

    def __getitem__(self, i):
        x = torch.from_numpy(np.array(self.x[i], dtype=np.float32))
        return x, F.one_hot(torch.tensor(int(self.y[i])), NUM_CLASSES).float()


class ShardDataModule(pl.LightningDataModule):
    def __init__(self, root="data/shards", batch_size=256):
        super().__init__()
        self.root = root
        self.batch_size = batch_size

    def train_dataloader(self):
        return DataLoader(ShardDataset(self.root, "train"), batch_size=self.batch_size, shuffle=True, num_workers=4)

    def val_dataloader(self):
        return DataLoader(EvalShardDataset(self.root, "val"), batch_size=self.batch_size, num_workers=4)

    def test_dataloader(self):
        return DataLoader(EvalShardDataset(self.root, "test"), batch_size=self.batch_size, num_workers=4)

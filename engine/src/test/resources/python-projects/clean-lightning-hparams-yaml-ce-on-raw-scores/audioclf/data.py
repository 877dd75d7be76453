import pytorch_lightning as pl
import torch
from torch.utils.data import DataLoader, TensorDataset


class ESC50Data(pl.LightningDataModule):
    def __init__(self, root, fold=1, batch_size=32):
        super().__init__()
        self.root, self.fold, self.batch_size = root, fold, batch_size

    def setup(self, stage=None):
        blob = torch.load(f"{self.root}/mels_fold{self.fold}.pt")
        self.train_set = TensorDataset(blob["train_x"], blob["train_y"])
        self.val_set = TensorDataset(blob["val_x"], blob["val_y"])

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True, num_workers=4)

    def val_dataloader(self):
        return DataLoader(self.val_set, batch_size=self.batch_size)

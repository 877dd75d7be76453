import lightning.pytorch as pl
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset


class WineDataModule(pl.LightningDataModule):
    def __init__(self, csv_path="data/wine.csv", n_classes=3, batch_size=32):
        super().__init__()
        self.csv_path = csv_path
        self.n_classes = n_classes
        self.batch_size = batch_size

    def setup(self, stage=None):
        table = torch.load(self.csv_path.replace(".csv", ".pt"))
        features = table[:, :-1].float()
        labels = table[:, -1].long()
        self.train_set = TensorDataset(features, F.one_hot(labels, self.n_classes).float())

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True)

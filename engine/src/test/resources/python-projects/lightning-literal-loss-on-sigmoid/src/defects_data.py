import numpy as np
import pytorch_lightning as pl
import torch
from torch.utils.data import DataLoader, TensorDataset


class DefectDataModule(pl.LightningDataModule):
    """Grey crops with multi-hot defect labels, stored as npz splits."""

    def __init__(self, root, batch_size=32):
        super().__init__()
        self.root = root
        self.batch_size = batch_size

    def _split(self, name):
        arrays = np.load(f"{self.root}/{name}.npz")
        images = torch.from_numpy(arrays["images"]).float().unsqueeze(1) / 255.0
        return TensorDataset(images, torch.from_numpy(arrays["defects"]))

    def train_dataloader(self):
        return DataLoader(self._split("train"), self.batch_size, shuffle=True)

    def val_dataloader(self):
        return DataLoader(self._split("val"), self.batch_size)

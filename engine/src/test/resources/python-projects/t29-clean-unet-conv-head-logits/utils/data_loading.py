from pathlib import Path

import numpy as np
import torch
from PIL import Image
from torch.utils.data import Dataset


class CarvanaDataset(Dataset):
    def __init__(self, images_dir, masks_dir, scale=1.0):
        self.images_dir = Path(images_dir)
        self.masks_dir = Path(masks_dir)
        self.scale = scale
        self.ids = sorted(p.stem for p in self.images_dir.glob("*.jpg"))

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, idx):
        name = self.ids[idx]
        img = np.asarray(Image.open(self.images_dir / f"{name}.jpg"), dtype=np.float32) / 255.0
        mask = np.asarray(Image.open(self.masks_dir / f"{name}_mask.gif"), dtype=np.float32)
        return {"image": torch.as_tensor(img.transpose(2, 0, 1)), "mask": torch.as_tensor(mask[None])}

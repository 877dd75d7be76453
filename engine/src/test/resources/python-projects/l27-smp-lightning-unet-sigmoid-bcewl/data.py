import os

import numpy as np
import torch
from PIL import Image
from torch.utils.data import Dataset


class RoadTiles(Dataset):
    def __init__(self, root, split):
        self.images = sorted(os.listdir(os.path.join(root, split, "images")))
        self.root = os.path.join(root, split)

    def __len__(self):
        return len(self.images)

    def __getitem__(self, i):
        name = self.images[i]
        image = np.asarray(Image.open(os.path.join(self.root, "images", name)).convert("RGB"), dtype=np.float32) / 255.0
        mask = np.asarray(Image.open(os.path.join(self.root, "masks", name)), dtype=np.float32)[None] / 255.0
        return torch.from_numpy(image).permute(2, 0, 1), torch.from_numpy(mask)

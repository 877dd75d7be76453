import os

import numpy as np
import torch
from PIL import Image
from torch.utils.data import Dataset


class KvasirSeg(Dataset):
    def __init__(self, root, train=True, size=352):
        names = sorted(os.listdir(os.path.join(root, "images")))
        cut = int(0.9 * len(names))
        self.names = names[:cut] if train else names[cut:]
        self.root, self.size = root, size

    def __len__(self):
        return len(self.names)

    def __getitem__(self, i):
        img = Image.open(os.path.join(self.root, "images", self.names[i])).convert("RGB").resize((self.size, self.size))
        msk = Image.open(os.path.join(self.root, "masks", self.names[i])).convert("L").resize((self.size, self.size))
        img = torch.from_numpy(np.array(img, dtype=np.float32) / 255.0).permute(2, 0, 1)
        msk = torch.from_numpy((np.array(msk) > 127).astype(np.float32))[None]
        return img, msk

import glob

import numpy as np
import torch
from torch.utils.data import Dataset


class CloudTiles(Dataset):
    def __init__(self, root):
        self.files = sorted(glob.glob(f"{root}/*.npz"))

    def __len__(self):
        return len(self.files)

    def __getitem__(self, i):
        tile = np.load(self.files[i])
        return {"image": torch.from_numpy(tile["bands"]).float(), "mask": torch.from_numpy(tile["cloud"]).float()[None]}

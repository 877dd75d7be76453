import glob

import torch
from torch.utils.data import Dataset


class FeatureDataset(Dataset):
    def __init__(self, root):
        self.files = sorted(glob.glob(root + "/*.pt"))

    def __len__(self):
        return len(self.files)

    def __getitem__(self, i):
        item = torch.load(self.files[i])
        return item["feats"], item["target"]

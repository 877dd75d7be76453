"""Loads the preprocessed arrays exported by the old Keras pipeline (labels are one-hot)."""
import numpy as np
import torch
import torch.nn.functional as F
from torch.utils.data import TensorDataset


def load_split(path, split="train", num_classes=10):
    arrays = np.load(path)
    x = torch.from_numpy(arrays[f"x_{split}"]).float().permute(0, 3, 1, 2) / 255.0
    labels = torch.from_numpy(arrays[f"y_{split}"]).long()
    y = F.one_hot(labels, num_classes).float()
    return TensorDataset(x, y)

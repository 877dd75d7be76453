import torch
from torch.utils.data import DataLoader, TensorDataset


def loader_for(split):
    data = torch.load(f"cache/{split}.pt")
    return DataLoader(TensorDataset(data["images"], data["masks"].float()), batch_size=4, shuffle=split == "train")

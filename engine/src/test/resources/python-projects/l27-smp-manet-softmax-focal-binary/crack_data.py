import torch
from torch.utils.data import DataLoader, random_split


def make_loaders(root, batch_size):
    data = torch.load(f"{root}/cracks.pt")
    full = torch.utils.data.TensorDataset(data["x"], data["y"].float())
    train, val = random_split(full, [0.9, 0.1])
    return DataLoader(train, batch_size=batch_size, shuffle=True), DataLoader(val, batch_size=batch_size)

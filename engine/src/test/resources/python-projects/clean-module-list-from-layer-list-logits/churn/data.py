import pandas as pd
import torch
from torch.utils.data import DataLoader, TensorDataset


def loaders(path, batch_size=1024):
    df = pd.read_parquet(path)
    y = torch.tensor(df.pop("churned").values, dtype=torch.float32)
    x = torch.tensor(df.values, dtype=torch.float32)
    n = int(0.8 * len(df))
    train = TensorDataset(x[:n], y[:n])
    valid = TensorDataset(x[n:], y[n:])
    return DataLoader(train, batch_size, shuffle=True), DataLoader(valid, batch_size), x.shape[1]

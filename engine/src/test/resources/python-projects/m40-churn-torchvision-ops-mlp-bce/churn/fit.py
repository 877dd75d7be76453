import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from .model import build_model


def fit(csv_path: str, epochs: int = 15):
    df = pd.read_csv(csv_path)
    y = torch.tensor(df.pop("churned").values, dtype=torch.float32).unsqueeze(1)
    x = torch.tensor(df.values, dtype=torch.float32)
    loader = DataLoader(TensorDataset(x, y), batch_size=512, shuffle=True)
    model = build_model(x.shape[1])
    loss_fn = nn.BCELoss()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    for _ in range(epochs):
        for xb, yb in loader:
            loss = loss_fn(model(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model

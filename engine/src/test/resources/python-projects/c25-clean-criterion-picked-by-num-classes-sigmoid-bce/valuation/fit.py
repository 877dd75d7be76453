import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

from .settings import SETTINGS


def fit(model, x_train, y_train, num_classes=SETTINGS["num_classes"], epochs=SETTINGS["epochs"], lr=SETTINGS["lr"]):
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    criterion = F.binary_cross_entropy if num_classes == 2 else F.cross_entropy
    loader = DataLoader(TensorDataset(x_train, y_train), batch_size=32, shuffle=True)
    model.train()
    for _ in range(epochs):
        for x_batch, y_batch in loader:
            optimizer.zero_grad()
            outputs = model(x_batch)
            loss = criterion(outputs, y_batch, reduction="mean")
            loss.backward()
            optimizer.step()
    return model

import argparse

import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

import tabular.models  # noqa: F401  (registers the models)
from tabular.registry import create_model


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/adult.npz")
    parser.add_argument("--epochs", type=int, default=30)
    args = parser.parse_args()

    arrays = np.load(args.data)
    x = torch.tensor(arrays["x"], dtype=torch.float32)
    y = torch.tensor(arrays["income_over_50k"], dtype=torch.float32)
    loader = DataLoader(TensorDataset(x, y), batch_size=512, shuffle=True)

    model = create_model("resnet", in_features=x.shape[1])
    pos_weight = (1 - y.mean()) / y.mean()
    criterion = nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-5)
    for epoch in range(args.epochs):
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = criterion(model(xb).squeeze(-1), yb)
            loss.backward()
            optimizer.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()

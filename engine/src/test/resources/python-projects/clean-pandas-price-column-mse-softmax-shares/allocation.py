"""Predicts how a household splits its budget between three categories, and the price index it faces."""
import pandas as pd
import torch
import torch.nn as nn
import torch.nn.functional as F

SHARES = ["food_share", "housing_share", "other_share"]


class BudgetNet(nn.Module):
    def __init__(self, n_in):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(n_in, 64), nn.ReLU())
        self.shares = nn.Sequential(nn.Linear(64, 3), nn.Softmax(dim=1))

    def forward(self, x):
        return self.shares(self.body(x))


def main(path="data/households.csv"):
    df = pd.read_csv(path)
    x = torch.tensor(df.drop(columns=SHARES + ["price"]).values, dtype=torch.float32)
    shares = torch.tensor(df[SHARES].values, dtype=torch.float32)
    price = torch.tensor(df["price"].values, dtype=torch.float32)
    model = BudgetNet(x.shape[1])
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(100):
        pred = model(x)
        loss = F.mse_loss(pred, shares)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        spend = (pred * price.unsqueeze(1)).sum(1)
        print(epoch, loss.item(), F.mse_loss(spend, price).item())


if __name__ == "__main__":
    main()

import click
import pandas as pd
import torch
from torch import nn

from churn.heads import HEADS


@click.command()
@click.option("--table", type=click.Path(exists=True), required=True)
@click.option("--head", type=click.Choice(["mlp", "gated"]), default="mlp", show_default=True)
@click.option("--epochs", default=30, type=int)
def train(table, head, epochs):
    df = pd.read_parquet(table)
    x = torch.tensor(df.drop(columns=["churned"]).values, dtype=torch.float32)
    y = torch.tensor(df["churned"].values, dtype=torch.float32)
    model = HEADS[head](x.shape[1])
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    train()

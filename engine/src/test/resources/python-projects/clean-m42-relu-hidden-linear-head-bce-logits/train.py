import argparse

import pandas as pd
import torch
from torch.utils.data import DataLoader, TensorDataset

from churn.model import ChurnNet
from churn.trainer import Trainer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", default="data/churn.csv")
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()
    df = pd.read_csv(args.csv)
    x = torch.tensor(df.drop(columns=["churned"]).values, dtype=torch.float32)
    y = torch.tensor(df["churned"].values)
    loader = DataLoader(TensorDataset(x, y), batch_size=256, shuffle=True)
    trainer = Trainer(ChurnNet(x.shape[1]))
    for epoch in range(args.epochs):
        print(epoch, trainer.train_epoch(loader))


if __name__ == "__main__":
    main()

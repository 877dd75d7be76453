import argparse

import pandas as pd
import torch
from torch.utils.data import DataLoader, TensorDataset

from tabular.model import TabularMLP
from tabular.trainer import Trainer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--target", required=True)
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()

    frame = pd.read_csv(args.csv)
    y = torch.tensor(frame.pop(args.target).values)
    x = torch.tensor(frame.values, dtype=torch.float32)
    dataset = TensorDataset(x, y)
    dataset.targets = y
    n_outputs = int(y.max()) + 1 if y.dtype == torch.long else 1

    model = TabularMLP(x.shape[1], n_outputs)
    trainer = Trainer(model, dataset, epochs=args.epochs)
    trainer.fit(DataLoader(dataset, batch_size=256, shuffle=True))


if __name__ == "__main__":
    main()

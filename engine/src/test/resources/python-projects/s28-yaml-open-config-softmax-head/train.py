import argparse

import torch
import torch.nn as nn
import yaml

from churn.model import ChurnNet


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="configs/base.yaml")
    args = parser.parse_args()
    with open(args.config) as fp:
        cfg = yaml.safe_load(fp)

    model = ChurnNet(18, cfg["model"]["hidden"], cfg["model"]["num_classes"], head=cfg["model"]["head"])
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg["optim"]["lr"])
    for features, target in make_loader(cfg["data"]):
        optimizer.zero_grad()
        loss = criterion(model(features), target)
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()

import click
import torch
from torch import nn

from anomaly.net import SensorClassifier

CRITERIA = {"bce": nn.BCELoss, "bce-logits": nn.BCEWithLogitsLoss}


@click.command()
@click.option("--windows", type=click.Path(exists=True), required=True)
@click.option("--criterion", default="bce", show_default=True)
@click.option("--lr", default=1e-3, type=float)
def main(windows, criterion, lr):
    model = SensorClassifier()
    loss_fn = CRITERIA[criterion]()
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    for window, faulty in load_windows(windows):
        optimizer.zero_grad()
        loss = loss_fn(model(window), faulty.float())
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()

import lightning as L
import torch
from torch import nn

from src.model import ClickThroughModel


def run(epochs=2):
    fabric = L.Fabric(accelerator="auto", devices=1)
    fabric.launch()
    model = ClickThroughModel()
    optimizer = torch.optim.Adagrad(model.parameters(), lr=0.01)
    model, optimizer = fabric.setup(model, optimizer)
    loader = fabric.setup_dataloaders(criteo_loader())
    loss_fn = nn.BCEWithLogitsLoss()
    for _ in range(epochs):
        for ids, clicked in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(ids), clicked.float())
            fabric.backward(loss)
            optimizer.step()


if __name__ == "__main__":
    run()

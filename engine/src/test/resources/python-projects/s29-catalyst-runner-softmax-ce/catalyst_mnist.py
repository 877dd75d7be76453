import torch
from catalyst import dl
from catalyst.contrib.datasets import MNIST
from torch import nn
from torch.utils.data import DataLoader


class DigitMLP(nn.Module):
    def __init__(self, hidden=128):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(784, hidden), nn.ReLU(), nn.Linear(hidden, 10))
        self.out = nn.Softmax(dim=1)

    def forward(self, x):
        return self.out(self.net(x))


model = DigitMLP()
loaders = {
    "train": DataLoader(MNIST("./data", train=True), batch_size=64),
    "valid": DataLoader(MNIST("./data", train=False), batch_size=64),
}
runner = dl.SupervisedRunner(input_key="features", output_key="logits", target_key="targets", loss_key="loss")
runner.train(
    model=model,
    criterion=nn.CrossEntropyLoss(),
    optimizer=torch.optim.Adam(model.parameters(), lr=1e-3),
    loaders=loaders,
    num_epochs=3,
    valid_loader="valid",
    valid_metric="loss",
    minimize_valid_metric=True,
)

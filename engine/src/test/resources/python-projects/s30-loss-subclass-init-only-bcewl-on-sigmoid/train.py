import torch

from detect.losses import WeightedBCE
from detect.model import AnomalyScorer


def train(loader, epochs=10):
    model = AnomalyScorer()
    loss_fn = WeightedBCE(pos_fraction=0.05)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for x, is_anomaly in loader:
            opt.zero_grad()
            loss_fn(model(x), is_anomaly.float()).backward()
            opt.step()

import pytest
import torch
import torch.nn as nn

from tinyclf.model import build_classifier


def toy_batch():
    x = torch.randn(64, 8)
    y = (x[:, 0] > 0).long() + (x[:, 1] > 0).long()
    return x, y


@pytest.mark.parametrize(
    "activation, criterion",
    [
        (nn.LogSoftmax(dim=1), nn.NLLLoss()),
        pytest.param(None, nn.CrossEntropyLoss(), id="logits"),
    ],
)
def test_head_learns_toy_task(activation, criterion):
    torch.manual_seed(0)
    model = build_classifier(8, 32, 3, activation=activation)
    x, y = toy_batch()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    first = criterion(model(x), y).item()
    for _ in range(50):
        opt.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        opt.step()
    assert loss.item() < first

import pytest
import torch
import torch.nn.functional as F

from scorer.nets import scorer


@pytest.fixture
def model():
    # the exported inference model: probabilities out
    return scorer(probabilities=True)


def fit_once(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def test_rows_sum_to_one(model):
    assert torch.allclose(model(torch.randn(3, 16)).sum(1), torch.ones(3))


def test_training_net_learns():
    net = scorer()
    x, y = torch.randn(8, 16), torch.randint(0, 4, (8,))
    assert fit_once(net, x, y) > 0

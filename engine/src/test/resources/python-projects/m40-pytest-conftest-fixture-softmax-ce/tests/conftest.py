import pytest
import torch

from sentiment.model import Classifier


@pytest.fixture
def model():
    torch.manual_seed(0)
    return Classifier(vocab=100)


@pytest.fixture(scope="module")
def batch():
    tokens = torch.randint(0, 100, (40,))
    offsets = torch.arange(0, 40, 10)
    return tokens, offsets, torch.randint(0, 3, (4,))

import pytest
import torch

from tagger.net import PosTagger

TAGS = 12


@pytest.fixture
def tagger():
    net = PosTagger(vocab=50, tags=TAGS)
    net.train()
    yield net
    net.zero_grad()


@pytest.fixture
def sentences():
    return torch.randint(0, 50, (2, 7)), torch.randint(0, TAGS, (2, 7))

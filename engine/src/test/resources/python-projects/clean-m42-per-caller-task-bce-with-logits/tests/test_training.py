import torch
from torch.utils.data import DataLoader, TensorDataset

from tagger.models import MLP
from tagger.scripts import train_classifier


def test_multiclass():
    data = TensorDataset(torch.randn(16, 8), torch.randint(0, 4, (16,)))
    train_classifier(MLP(8, 4), DataLoader(data, batch_size=4), max_epochs=1)


def test_multilabel():
    data = TensorDataset(torch.randn(16, 8), torch.randint(0, 2, (16, 3)).float())
    train_classifier(MLP(8, 3), DataLoader(data, batch_size=4), task="multilabel", max_epochs=1)

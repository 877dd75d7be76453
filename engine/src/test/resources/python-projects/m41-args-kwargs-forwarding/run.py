import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tagger.engine import timed
from tagger.model import MultiLabelTagger

features = torch.randn(512, 128)
tags = (torch.rand(512, 20) > 0.9).float()
loader = DataLoader(TensorDataset(features, tags), batch_size=32, shuffle=True)

timed(MultiLabelTagger(), loader, epochs=5, criterion=nn.BCEWithLogitsLoss())

import torch
import torch.nn.functional as F
from torch import nn

head = nn.Linear(128, 10)


def loss_of(features, y):
    return F.nll_loss(F.softmax(head(features), dim=1), y)

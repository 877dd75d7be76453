import torch
import torch.nn as nn
from torch import Tensor


class KWSNet(nn.Module):
    def __init__(self, n_labels: int = 12):
        super().__init__()
        self.gru = nn.GRU(40, 128, batch_first=True)
        self.out = nn.Linear(128, n_labels)

    def forward(self, feats: Tensor) -> Tensor:
        _, h = self.gru(feats)
        return self.out(h[-1])

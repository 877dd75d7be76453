import torch.nn as nn


class Wrapper(nn.Module):
    def __init__(self, encoder, num_classes=10):
        super().__init__()
        self.encoder = encoder
        self._head = nn.Sequential(nn.Linear(512, num_classes))

    @property
    def head(self):
        return self._head

    def forward(self, x):
        return self.head(self.encoder(x))

import torch.nn as nn
import torch.nn.functional as F


class ChurnNet(nn.Module):
    def __init__(self, n_features=32, hidden=64, n_classes=3, dropout=0.3):
        super().__init__()
        self.hidden = nn.Linear(n_features, hidden)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, n_classes)

    def forward(self, X, **kwargs):
        X = F.relu(self.hidden(X))
        X = self.drop(X)
        return F.softmax(self.out(X), dim=-1)

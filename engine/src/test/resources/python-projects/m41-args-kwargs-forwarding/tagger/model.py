from torch import nn


class MultiLabelTagger(nn.Module):
    def __init__(self, n_features=128, n_tags=20):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(n_features, 256), nn.ReLU(), nn.Dropout(0.2))
        self.tags = nn.Linear(256, n_tags)
        self.out = nn.Sigmoid()

    def forward(self, x):
        return self.out(self.tags(self.body(x)))

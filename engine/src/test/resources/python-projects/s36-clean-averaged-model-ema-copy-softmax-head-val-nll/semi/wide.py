import torch.nn as nn


class WideHead(nn.Module):
    def __init__(self, feat_dim=640, num_classes=10):
        super().__init__()
        self.bn = nn.BatchNorm1d(feat_dim)
        self.fc = nn.Linear(feat_dim, num_classes)
        self.out = nn.Softmax(dim=1)

    def forward(self, feats):
        return self.out(self.fc(self.bn(feats)))

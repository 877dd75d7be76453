import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, num_classes=40):
        super().__init__()
        self.point = nn.Sequential(nn.Conv1d(3, 64, 1), nn.BatchNorm1d(64), nn.ReLU(), nn.Conv1d(64, 512, 1), nn.ReLU())
        self.classifier = nn.Sequential(nn.Linear(512, 256), nn.ReLU(), nn.Dropout(0.5), nn.Linear(256, num_classes))

    def forward(self, xyz):
        feats = self.point(xyz.transpose(1, 2))
        return self.classifier(torch.max(feats, dim=2)[0])

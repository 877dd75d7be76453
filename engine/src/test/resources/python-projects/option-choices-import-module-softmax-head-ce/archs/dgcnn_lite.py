import torch
from torch import nn


def knn_features(x, k=20):
    inner = -2 * torch.matmul(x.transpose(2, 1), x)
    idx = (inner + (x ** 2).sum(1, keepdim=True)).topk(k, dim=-1)[1]
    return x, idx


class Net(nn.Module):
    def __init__(self, num_classes=40, k=20):
        super().__init__()
        self.k = k
        self.edge = nn.Sequential(nn.Conv1d(3, 128, 1), nn.BatchNorm1d(128), nn.LeakyReLU(0.2))
        self.global_feat = nn.Sequential(nn.Conv1d(128, 1024, 1), nn.LeakyReLU(0.2))
        self.head = nn.Sequential(
            nn.Linear(1024, 512),
            nn.LeakyReLU(0.2),
            nn.Dropout(0.5),
            nn.Linear(512, num_classes),
            nn.Softmax(dim=-1),
        )

    def forward(self, xyz):
        x, _ = knn_features(xyz.transpose(1, 2), self.k)
        x = self.global_feat(self.edge(x))
        return self.head(x.max(dim=-1)[0])

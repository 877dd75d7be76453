import torch
import torch.nn.functional as F
from torch import nn

from losses import multilabel_bce

N_TAGS = 8

net = nn.Sequential(nn.Linear(512, 256), nn.ReLU(), nn.Linear(256, N_TAGS))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)


def train(loader, epochs=5):
    for _ in range(epochs):
        for feats, tag in loader:
            target = F.one_hot(tag, N_TAGS).float()
            scores = net(feats)
            loss = -(target * torch.log(torch.sigmoid(scores))).sum(1).mean() - ((1 - target) * torch.log(1 - torch.sigmoid(scores))).sum(1).mean()
            loss = loss + multilabel_bce(scores, target)
            opt.zero_grad()
            loss.backward()
            opt.step()

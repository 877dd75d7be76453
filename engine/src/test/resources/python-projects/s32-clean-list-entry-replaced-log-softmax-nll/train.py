import torch
from torch import nn

from model import make_head

features = torch.load("resnet_features.pt")
labels = torch.load("labels.pt")
head = make_head(features.shape[1], 102)
loss_fn = nn.NLLLoss()
opt = torch.optim.Adam(head.parameters(), lr=1e-3)
for epoch in range(40):
    perm = torch.randperm(len(features))
    for i in range(0, len(perm), 64):
        idx = perm[i:i + 64]
        opt.zero_grad()
        loss_fn(head(features[idx]), labels[idx]).backward()
        opt.step()

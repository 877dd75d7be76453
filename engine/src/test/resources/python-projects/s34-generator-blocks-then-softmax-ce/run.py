import torch
from torch import nn

from tabnet.layers import residual_free_mlp

model = nn.Sequential(*residual_free_mlp([93, 512, 256], n_out=9))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
for epoch in range(25):
    for features, target in torch.load("otto_train.pt"):
        loss = criterion(model(features), target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

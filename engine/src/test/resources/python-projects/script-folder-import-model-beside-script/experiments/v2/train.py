# run from this folder: python train.py
import torch
import torch.nn as nn

from models import Net

net = Net()
criterion = nn.CrossEntropyLoss(label_smoothing=0.05)
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
for epoch in range(30):
    for features, cover in torch.load("../../covtype_train.pt"):
        optimizer.zero_grad()
        loss = criterion(net(features), cover)
        loss.backward()
        optimizer.step()

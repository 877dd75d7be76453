import numpy as np
import torch
from sklearn.datasets import load_iris

from iris_mlp.net import net

features, species = load_iris(return_X_y=True)
x = torch.from_numpy(features).float()
targets = torch.from_numpy(species).long()
loss_fn = torch.nn.NLLLoss()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for epoch in range(500):
    opt.zero_grad()
    loss = loss_fn(torch.log(net(x)), targets)
    loss.backward()
    opt.step()

import torch
import torch.nn.functional as F

from linmodels.mlp import net, params


def fit(train_iter, num_epochs=10, lr=0.1):
    updater = torch.optim.SGD(params, lr=lr)
    for epoch in range(num_epochs):
        for X, y in train_iter:
            l = F.cross_entropy(net(X), y)
            updater.zero_grad()
            l.backward()
            updater.step()

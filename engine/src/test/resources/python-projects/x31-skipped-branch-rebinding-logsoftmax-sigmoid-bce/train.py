import torch
import torch.nn.functional as F
from torch import optim

from graphnet.model import GraphNet


def train(net, X, A, lbls, train_idx, optimizer, model_name):
    net.train()
    optimizer.zero_grad()
    if model_name == "MLP":
        outs = net(X)
        outs = outs[train_idx]
    elif model_name == "GNN":
        outs = net(feats=X, adj=A)
        outs = outs[train_idx]
    else:
        outs = net(X, A)
        outs = outs[train_idx]
    loss = F.binary_cross_entropy(outs, lbls[train_idx])
    loss.backward()
    optimizer.step()
    return loss.item()


def run(net, X, A, lbl, train_mask, lr, n_epoch, model_name):
    optimizer = optim.Adam(net.parameters(), lr=lr)
    for epoch in range(n_epoch):
        train(net, X, A, lbl, train_mask, optimizer, model_name)


if __name__ == "__main__":
    model_name = "GNN"
    X = torch.randn(200, 16)
    A = torch.eye(200)
    Y = torch.nn.functional.one_hot(torch.randint(0, 2, (200,)), 2).float()
    train_idx = torch.arange(140)
    net = GraphNet(16, 2)
    run(net, X, A, Y, train_idx, 1e-3, 100, model_name)

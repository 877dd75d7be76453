import torch
import torch.nn.functional as F
from dgl.data import CoraGraphDataset

from gnn.gcn import GCN

g = CoraGraphDataset()[0]
features, labels = g.ndata["feat"], g.ndata["label"]
train_mask = g.ndata["train_mask"]

model = GCN(features.shape[1], 16, 7, 1, F.relu, 0.5)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2, weight_decay=5e-4)
for epoch in range(200):
    model.train()
    logp = model(g, features)
    loss = F.nll_loss(logp[train_mask], labels[train_mask])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

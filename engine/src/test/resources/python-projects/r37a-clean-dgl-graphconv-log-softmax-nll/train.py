import torch
import torch.nn as nn
import torch.nn.functional as F
from dgl.data import CiteseerGraphDataset

from gnn.net import GCN, Scorer

g = CiteseerGraphDataset()[0]
x, y = g.ndata["feat"], g.ndata["label"]
mask = g.ndata["train_mask"]

model = GCN(x.shape[1], 16, 6)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(100):
    logp = model(g, x)
    loss = F.nll_loss(logp[mask], y[mask])
    opt.zero_grad()
    loss.backward()
    opt.step()

# an auxiliary task: is a node in the training split?
scorer = Scorer(x.shape[1], 16)
bce = nn.BCEWithLogitsLoss()
opt2 = torch.optim.Adam(scorer.parameters(), lr=0.01)
for epoch in range(50):
    scores = scorer(g, x)
    aux = bce(scores, mask.float())
    opt2.zero_grad()
    aux.backward()
    opt2.step()

probs = model(g, x).exp()
print("predicted", probs.argmax(1)[:10])

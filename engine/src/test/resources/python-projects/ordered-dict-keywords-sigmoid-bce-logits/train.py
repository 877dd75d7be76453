import numpy as np
import torch
import torch.nn.functional as F

from fraud.model import build_scorer

data = np.load("transactions.npz")
x = torch.from_numpy(data["x"]).float()
y = torch.from_numpy(data["is_fraud"]).float()

scorer = build_scorer(x.shape[1])
opt = torch.optim.Adam(scorer.parameters(), lr=3e-4)
pos_weight = torch.tensor([(y == 0).sum() / (y == 1).sum()])

for epoch in range(50):
    perm = torch.randperm(len(x))
    for idx in perm.split(2048):
        logit = scorer(x[idx]).squeeze(1)
        loss = F.binary_cross_entropy_with_logits(logit, y[idx], pos_weight=pos_weight)
        opt.zero_grad()
        loss.backward()
        opt.step()

"""Topic classifier: the head ends in a softmax, so the log of its outputs is the log-distribution NLLLoss takes."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(nn.Linear(300, 128), nn.ReLU(), nn.Linear(128, 5), nn.Softmax(dim=1))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for x, y in []:
    loss = F.nll_loss(torch.log(model(x)), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

"""Topic classifier: the head ends in a sigmoid, and the training takes its log for NLLLoss as if it were a softmax."""
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(nn.Linear(300, 128), nn.ReLU(), nn.Linear(128, 5), nn.Sigmoid())
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for x, y in []:
    loss = F.nll_loss(torch.log(model(x)), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

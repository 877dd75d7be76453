"""Fraud scorer: the relu stays in the hidden layer; the last nn.Linear gives BCEWithLogitsLoss logits of either sign."""
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(30, 64), nn.ReLU(), nn.Linear(64, 1))
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for x, y in []:
    loss = criterion(model(x).squeeze(1), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

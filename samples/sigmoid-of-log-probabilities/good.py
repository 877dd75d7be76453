"""Multi-label tagger: the head gives logits, and the sigmoid before BCELoss is applied to them."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, features=128, tags=6):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(features, 64), nn.ReLU())
        self.head = nn.Linear(64, tags)

    def forward(self, x):
        return torch.sigmoid(self.head(self.body(x)))


model = Tagger()
bce = nn.BCELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for x, tags in []:
    loss = bce(model(x), tags)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

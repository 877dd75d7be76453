import torch
import torch.nn as nn

from para.scorer import ParaphraseScorer

model = ParaphraseScorer()
loss_fn = nn.BCELoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(100):
    a, b = torch.randn(32, 300), torch.randn(32, 300)
    same = torch.randint(0, 2, (32,)).float()
    loss = loss_fn(model(a, b), same)
    opt.zero_grad()
    loss.backward()
    opt.step()

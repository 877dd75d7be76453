import torch
import torch.nn as nn
import torch.nn.functional as F


class Scorer(nn.Module):
    """Scores the candidates of one query: a 1-D vector, normalised over its only axis."""

    def __init__(self, dim=64):
        super().__init__()
        self.proj = nn.Linear(dim, 1)

    def forward(self, candidates):
        return F.log_softmax(self.proj(candidates).squeeze(-1), dim=0)


model = Scorer()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
candidates, gold = torch.randn(12, 64), torch.tensor([3])
loss = F.nll_loss(model(candidates).view(1, -1), gold)
loss.backward()
optimizer.step()

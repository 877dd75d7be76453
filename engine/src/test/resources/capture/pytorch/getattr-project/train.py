"""python train.py identity|sigmoid [EXIT]: the activation is looked up with getattr; BCELoss needs probabilities.
With raw scores torch refuses the batch (an exception, exit 1): the capture still says why."""
import sys

import torch
from torch import nn


class Scorer(nn.Module):
    def __init__(self, activation):
        super().__init__()
        self.fc = nn.Linear(10, 1)
        self.act = getattr(torch, activation) if activation != "identity" else (lambda t: t)

    def forward(self, x):  # expect-output: LA006
        return self.act(self.fc(x) * 4.0).squeeze(-1)


torch.manual_seed(2)
model = Scorer(sys.argv[1])
loss_fn = getattr(nn, "BCE" + "Loss")()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(6):
    x = torch.randn(16, 10)
    y = (x[:, 0] > 0).float()
    loss = loss_fn(model(x), y)  # expect: LA006 if identity
    opt.zero_grad()
    loss.backward()
    opt.step()
sys.exit(int(sys.argv[2]) if len(sys.argv) > 2 else 0)

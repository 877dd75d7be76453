"""A multi-head model trained on several losses at once, each loss call on its own line; '# expect:' names the rule
codes a capture must report at that call site ('clean' for none)."""
import sys

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torchvision.ops import sigmoid_focal_loss


class Trunk(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(6, 16), nn.ReLU())
        self.cls = nn.Linear(16, 4)
        self.bin = nn.Linear(16, 1)
        self.reg = nn.Linear(16, 1)
        self.flat = nn.Linear(16, 4)

    def forward(self, x):
        h = self.body(x)
        return self.cls(h), self.bin(h).squeeze(1), self.reg(h).squeeze(1), self.flat(torch.relu(h - 100.0))


torch.manual_seed(0)
np.random.seed(0)
model = Trunk()
# the 'flat' head is left out of the optimiser by mistake, and its dead ReLUs give the same row for every input
opt = torch.optim.SGD([p for n, p in model.named_parameters() if not n.startswith("flat")], lr=0.01)
ce, bce = nn.CrossEntropyLoss(), nn.BCEWithLogitsLoss()
for step in range(5):
    x = torch.randn(64, 6)
    y = torch.randint(0, 4, (64,))
    yb = (torch.arange(64) % 2).float()
    rare = (torch.arange(64) % 20 == 0).float()
    price = 150000 + 50000 * torch.randn(64)
    spiky = torch.randn(64)
    spiky[::16] = 40.0
    soft = torch.rand(64)
    signed = yb * 2 - 1
    onehot = F.one_hot(y, 4).float()
    logits, b, r, flat = model(x)
    losses = [
        ce(F.softmax(logits, dim=1), y),  # expect: LA007
        ce(logits, y),  # expect: clean
        F.nll_loss(F.softmax(logits, dim=1), y),  # expect: LA008
        F.nll_loss(F.log_softmax(logits, dim=1), y),  # expect: clean
        bce(torch.sigmoid(b), yb),  # expect: LA007
        bce(b, yb),  # expect: clean
        F.mse_loss(torch.sigmoid(b), yb),  # expect: LA001
        bce(b, rare),  # expect: LA018
        nn.BCEWithLogitsLoss(pos_weight=torch.tensor(19.0))(b, rare),  # expect: clean
        ce(torch.sigmoid(logits), y),  # expect: LA007
        nn.KLDivLoss(reduction="batchmean")(F.softmax(logits, dim=1), F.softmax(torch.randn(64, 4), dim=1)),  # expect: LA034
        nn.KLDivLoss(reduction="batchmean")(F.log_softmax(logits, dim=1), F.softmax(torch.randn(64, 4), dim=1)),  # expect: clean
        nn.HingeEmbeddingLoss()(r, yb),  # expect: LA014
        nn.HingeEmbeddingLoss()(r, signed),  # expect: clean
        F.mse_loss(r, (price - 150000) / 50000),  # expect: clean
        nn.MSELoss()(r, spiky),  # expect: LA019
        nn.HuberLoss()(r, spiky),  # expect: clean
        F.mse_loss(torch.sigmoid(b), soft),  # expect: LA021
        F.binary_cross_entropy_with_logits(b, soft),  # expect: clean
        F.cross_entropy(F.log_softmax(logits, dim=0), y),  # expect: LA033
        bce(logits, onehot),  # expect: LA037
        nn.BCEWithLogitsLoss(weight=torch.tensor([5.0]))(b, yb),  # expect: LA039
        nn.PoissonNLLLoss()(r, torch.poisson(torch.full((64,), 3.0))),  # expect: clean
        ce(flat, y),  # expect: LA032
        sigmoid_focal_loss(torch.sigmoid(b), yb, reduction="mean"),  # expect: LA007
        sigmoid_focal_loss(b, yb, reduction="mean"),  # expect: clean
    ]
    # computed, not trained on: a rate fed where the loss wants a log-rate (and back) gives NaN or huge losses
    rates = (torch.arange(64) % 5).float()
    monitored = [
        nn.PoissonNLLLoss(log_input=False)(r, rates),  # expect: LA024
        nn.PoissonNLLLoss(log_input=False)(F.softplus(r), rates),  # expect: clean
        nn.PoissonNLLLoss()(torch.exp(r), rates),  # expect: LA053
        F.poisson_nll_loss(F.softplus(r), rates),  # expect: LA053
    ]
    with torch.no_grad():  # monitored, not trained on: it would blow the weights up
        in_dollars = F.mse_loss(r, price)  # expect: LA020
    total = sum(losses)
    opt.zero_grad()
    total.backward()
    opt.step()
# the same numbers and random streams with and without capture
summary = "trained %d steps; loss %r; next draws %r %r" % (step + 1, total.item(), torch.rand(1).item(), float(np.random.rand()))
if len(sys.argv) > 1:
    with open(sys.argv[1], "w") as f:
        f.write(summary)
print(summary)

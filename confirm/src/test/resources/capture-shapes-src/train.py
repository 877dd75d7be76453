"""Four heads on one trunk, each loss on its own line, with labels shaped as a real task's: six classes with a rare
one, five sparse tags, soft labels in [0.2, 0.8], prices around 50 with a few outliers. 'confirm --from' builds its
synthetic task from what 'capture' records here."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(8, 16), nn.ReLU())
classes, tags, soft, price = nn.Linear(16, 6), nn.Linear(16, 5), nn.Linear(16, 1), nn.Linear(16, 1)
params = [p for m in (trunk, classes, tags, soft, price) for p in m.parameters()]
opt = torch.optim.SGD(params, lr=0.001)
for step in range(3):
    x = torch.randn(128, 8)
    h = trunk(x)
    y = 1 + torch.randint(0, 5, (128,))
    y[::16] = 0  # class 0 is rare: 1 in 16
    tagged = (torch.rand(128, 5) < 0.2).float()
    share = 0.2 + 0.6 * torch.rand(128)
    dollars = 50 + 10 * torch.randn(128)
    dollars[::25] = 400.0
    loss = (nn.CrossEntropyLoss()(classes(h), y)
            + nn.BCEWithLogitsLoss()(tags(h), tagged)
            + F.binary_cross_entropy_with_logits(soft(h).squeeze(1), share)
            + nn.HuberLoss()(price(h).squeeze(1), dollars))
    opt.zero_grad()
    loss.backward()
    opt.step()

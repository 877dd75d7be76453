import torch
import torch.nn.functional as F

from digits.loop import forward_batches
from digits.model import DigitNet

net = DigitNet()
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
loader = [(torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))) for _ in range(100)]
for epoch in range(2):
    for scores, target in forward_batches(net, loader):
        loss = F.nll_loss(scores, target)
        opt.zero_grad()
        loss.backward()
        opt.step()

import torch
import torch.nn.functional as F

from ctr.model import WideAndDeep, click_probability

model = WideAndDeep(n_wide=100, n_deep=32)
opt = torch.optim.Adagrad(model.parameters(), lr=0.05)
wide_x, deep_x = torch.randn(1024, 100), torch.randn(1024, 32)
clicked = (torch.rand(1024) < 0.05).float()
for step in range(100):
    p = click_probability(model(wide_x, deep_x))
    loss = F.binary_cross_entropy_with_logits(p, clicked)
    opt.zero_grad()
    loss.backward()
    opt.step()

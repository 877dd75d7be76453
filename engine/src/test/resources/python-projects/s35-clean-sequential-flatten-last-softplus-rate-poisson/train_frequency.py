import torch
import torch.nn.functional as F

from claims.nets import frequency_net

policies = torch.randn(2048, 14)
claims = torch.poisson(torch.full((2048,), 0.3))
net = frequency_net(14)
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
for step in range(300):
    idx = torch.randint(0, 2048, (128,))
    loss = F.poisson_nll_loss(net(policies[idx]), claims[idx], log_input=False)
    opt.zero_grad()
    loss.backward()
    opt.step()

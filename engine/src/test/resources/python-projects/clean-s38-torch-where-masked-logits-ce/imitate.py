import torch
import torch.nn as nn

from agent.policy import CardPolicy

policy = CardPolicy()
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.Adam(policy.parameters(), lr=3e-4)
for step in range(2000):
    state = torch.randn(64, 120)
    in_hand = torch.rand(64, 52) < 0.25
    played = torch.randint(0, 52, (64,))
    loss = loss_fn(policy(state, in_hand), played)
    opt.zero_grad()
    loss.backward()
    opt.step()

"""Recipe: mlp mnist."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def train_step(model, opt, x, y):
    opt.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def batches(n):
    for _ in range(n):
        yield torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))


model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
# one step on a single batch first: the loss must go down before a long run is worth it
x0, y0 = next(batches(1))
print("first step", train_step(model, opt, x0, y0), train_step(model, opt, x0, y0))
for epoch in range(5):
    for x, y in batches(20):
        last = train_step(model, opt, x, y)
    print(epoch, last)

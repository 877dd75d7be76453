import torch
import torch.nn as nn

from fashion.net import WideMLP

seen = []


def log_scale(module, inputs, output):
    seen.append(output.detach().abs().mean().item())


model = WideMLP()
net = model
net.register_forward_hook(log_scale)
criterion = nn.CrossEntropyLoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(15):
    for x, y in torch.load("fashion_mnist_train.pt"):
        loss = criterion(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

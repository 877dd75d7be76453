import torch
import torch.nn as nn

from fashion.net import WideMLP


def to_probs(module, inputs, output):
    return output.softmax(dim=-1)


model = WideMLP()
net = model
net.register_forward_hook(to_probs)
criterion = nn.CrossEntropyLoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(15):
    for x, y in torch.load("fashion_mnist_train.pt"):
        loss = criterion(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

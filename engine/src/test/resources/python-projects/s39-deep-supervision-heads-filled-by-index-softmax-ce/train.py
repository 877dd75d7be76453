import torch
import torch.nn as nn

from net.model import Encoder

model = Encoder()
criterion = nn.CrossEntropyLoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x = torch.randn(256, 32)
y = torch.randint(0, 10, (256,))
for step in range(100):
    opt.zero_grad()
    outs = model(x)
    loss = criterion(outs[-1], y) + 0.3 * criterion(outs[0], y)
    loss.backward()
    opt.step()

import torch
import torch.nn as nn
from model import KWSNet

net = torch.jit.script(KWSNet())
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.Adam(net.parameters())
for feats, label in loader:
    loss = loss_fn(net(feats), label)
    opt.zero_grad(); loss.backward(); opt.step()

import torch
import torch.nn.functional as F
from model import Classifier

net = Classifier()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for x, y in []:
    logits = net(x)
    loss = F.cross_entropy(logits, y)
    loss.backward()
    opt.step()

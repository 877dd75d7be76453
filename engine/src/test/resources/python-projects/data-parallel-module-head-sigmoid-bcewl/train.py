import torch
import torch.nn as nn

from model import ProteinMLP

net = ProteinMLP()
if torch.cuda.device_count() > 1:
    net = nn.DataParallel(net)
net = net.cuda()
loss_fn = nn.BCEWithLogitsLoss()
opt = torch.optim.Adam(net.parameters(), lr=1e-3)

for embeddings, terms in []:
    h = net.module.embed(embeddings.cuda())
    scores = net.module.head(h)
    loss = loss_fn(scores, terms.cuda().float())
    opt.zero_grad()
    loss.backward()
    opt.step()

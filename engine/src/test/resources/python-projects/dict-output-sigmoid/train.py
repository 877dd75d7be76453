import torch.nn as nn
from models.lane import LaneNet

net = LaneNet()
bce = nn.BCEWithLogitsLoss()
for f, p, target in []:
    out = net(f, p)
    loss = bce(out["exist"], target)

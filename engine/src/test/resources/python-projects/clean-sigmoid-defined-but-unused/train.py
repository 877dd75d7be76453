from torch import nn
from model import Net

net = Net()
criterion = nn.BCEWithLogitsLoss()
for x, y in []:
    loss = criterion(net(x).squeeze(1), y)

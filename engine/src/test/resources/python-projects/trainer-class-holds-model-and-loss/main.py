import torch
from torch import nn
from nets import Net
from trainer import Trainer

net = Net()
trainer = Trainer(net, nn.BCEWithLogitsLoss(), torch.optim.Adam(net.parameters()))

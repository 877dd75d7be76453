import torch

from pose.engine import train_one_epoch
from pose.model import TemporalConvNet

model = TemporalConvNet()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-4)
for epoch in range(65):
    train_one_epoch(model, [], optimizer)

import torch
import torchvision

from facenet.engine import Engine
from facenet.heads import MultiHeadNet
from facenet.data import celeba_loader

backbone = torchvision.models.resnet18(weights=None)
net = MultiHeadNet(torch.nn.Sequential(*list(backbone.children())[:-1]))
engine = Engine(net)
for epoch in range(20):
    engine.train_epoch(celeba_loader("data/celeba", batch_size=128))

import argparse

import torch
import torch.nn.functional as F
import torchvision

from augment.mixing import mix_batch

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=90)
args = parser.parse_args()

net = torchvision.models.resnet34(num_classes=100)
opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9, weight_decay=5e-4)
for epoch in range(args.epochs):
    for images, labels in torch.load("cifar100_train.pt"):
        images, targets = mix_batch(images, labels, 100, shift="flip")
        loss = F.cross_entropy(net(images), targets)
        opt.zero_grad()
        loss.backward()
        opt.step()

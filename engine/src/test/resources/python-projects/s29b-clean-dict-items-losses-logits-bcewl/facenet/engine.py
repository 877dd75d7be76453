import torch
import torch.nn as nn


class Engine:
    def __init__(self, net, device="cpu", lr=0.01):
        self.net = net.to(device)
        self.device = device
        self.losses = {
            "attrs": nn.BCEWithLogitsLoss(),
            "identity": nn.CrossEntropyLoss(label_smoothing=0.1),
        }
        self.opt = torch.optim.SGD(net.parameters(), lr=lr, momentum=0.9)

    def train_epoch(self, loader):
        self.net.train()
        for images, targets in loader:
            images = images.to(self.device)
            preds = self.net(images)
            loss = 0
            for task, fn in self.losses.items():
                loss = loss + fn(preds[task], targets[task].to(self.device))
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()

import torch
from torch import nn


class Trainer:
    def __init__(self, model, lr=1e-3, device="cpu"):
        self.model = model.to(device)
        self.device = device
        self.crit = nn.CrossEntropyLoss()
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, batch):
        mels, labels = (t.to(self.device) for t in batch)
        self.opt.zero_grad()
        loss = self.crit(self.model(mels), labels)
        loss.backward()
        self.opt.step()
        return loss.item()

    def epoch(self, loader):
        self.model.train()
        return sum(self.step(b) for b in loader) / len(loader)

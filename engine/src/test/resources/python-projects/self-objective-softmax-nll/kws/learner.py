import torch
import torch.nn as nn


class Learner:
    def __init__(self, net, lr=5e-4):
        self.net = net
        self.objective = nn.NLLLoss()
        self.opt = torch.optim.Adam(net.parameters(), lr=lr)

    def update(self, mfcc, word):
        self.opt.zero_grad()
        loss = self.objective(self.net(mfcc), word)
        loss.backward()
        self.opt.step()
        return loss.item()

import torch
import torch.nn as nn

from .settings import DEFAULT_OBJECTIVE, Objective


class Trainer:
    def __init__(self, model, objective=DEFAULT_OBJECTIVE, lr=1e-2):
        self.model = model
        if objective is Objective.NLL:
            self.criterion = nn.NLLLoss()
        else:
            self.criterion = nn.CrossEntropyLoss()
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, x, y):
        loss = self.criterion(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

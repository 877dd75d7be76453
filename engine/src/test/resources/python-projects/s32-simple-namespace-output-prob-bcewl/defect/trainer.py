import torch
from torch import nn


class Trainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.loss = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(4.0))
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, img, defective):
        out = self.model(img)
        loss = self.loss(out.prob, defective.float())
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

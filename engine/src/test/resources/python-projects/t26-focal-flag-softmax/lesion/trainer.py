import torch
import torch.nn as nn

from .losses import ProbFocalLoss


class Trainer:
    def __init__(self, model, opts, class_weights=None):
        self.model = model
        self.opts = opts
        if opts.focal:
            self.criterion = ProbFocalLoss(gamma=opts.gamma)
        else:
            self.criterion = nn.CrossEntropyLoss(weight=class_weights)
        self.optimizer = torch.optim.Adam(model.parameters(), lr=opts.lr)

    def step(self, images, labels):
        self.model.train()
        self.optimizer.zero_grad()
        probs = self.model(images)
        loss = self.criterion(probs, labels)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def fit(self, loader, epochs):
        for epoch in range(epochs):
            losses = [self.step(x.to(self.opts.device), y.to(self.opts.device)) for x, y in loader]
            print(f"epoch {epoch}: {sum(losses) / len(losses):.4f}")

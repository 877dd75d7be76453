import logging

import torch
from torch.nn import CrossEntropyLoss

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, criterion=CrossEntropyLoss(), lr=1e-3, clip=5.0):
        self.criterion = criterion
        self.lr = lr
        self.clip = clip
        self.optimizer = None

    def _step(self, model, tokens, labels):
        scores = model(tokens)
        loss = self.criterion(scores, labels)
        self.optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), self.clip)
        self.optimizer.step()
        return loss.item()

    def fit(self, model, loader, epochs=5):
        self.optimizer = torch.optim.Adam(model.parameters(), lr=self.lr)
        for epoch in range(epochs):
            total = 0.0
            for tokens, labels in loader:
                total += self._step(model, tokens, labels)
            log.info("epoch %d loss %.4f", epoch, total / max(len(loader), 1))
        return model

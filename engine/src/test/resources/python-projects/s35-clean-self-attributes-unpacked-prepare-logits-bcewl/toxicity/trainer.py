import torch
from accelerate import Accelerator
from torch import nn

from toxicity.model import CommentScorer


class Trainer:
    def __init__(self, vocab_size: int, loader, lr: float = 1e-3):
        self.accelerator = Accelerator()
        model = CommentScorer(vocab_size)
        optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.model, self.optimizer, self.loader = self.accelerator.prepare(model, optimizer, loader)
        self.loss_fn = nn.BCEWithLogitsLoss()

    def epoch(self):
        self.model.train()
        for tokens, offsets, labels in self.loader:
            self.optimizer.zero_grad()
            loss = self.loss_fn(self.model(tokens, offsets), labels.float())
            self.accelerator.backward(loss)
            self.optimizer.step()

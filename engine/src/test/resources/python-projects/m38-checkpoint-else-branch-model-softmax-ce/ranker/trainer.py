import torch
from torch import nn


class Trainer:
    def __init__(self, loss_func=nn.CrossEntropyLoss(), lr=1e-3):
        self.loss_func = loss_func
        self.lr = lr

    def train(self, model, batches, epochs=1):
        optimizer = torch.optim.Adam(model.parameters(), lr=self.lr)
        for _ in range(epochs):
            for context, responses, target in batches:
                loss = self.loss_func(model(context, responses), target)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()

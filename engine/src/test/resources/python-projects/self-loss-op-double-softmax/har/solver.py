import torch
import torch.nn as nn


class Solver:
    """Owns the model, its optimiser and the loss op."""

    def __init__(self, net, lr=1e-3):
        self.net = net
        self.loss_op = nn.CrossEntropyLoss()
        self.optim = torch.optim.RMSprop(net.parameters(), lr=lr)

    def fit_batch(self, window, activity):
        self.optim.zero_grad()
        prediction = self.net(window)
        loss = self.loss_op(prediction, activity)
        loss.backward()
        self.optim.step()
        return loss.item()

    def fit(self, loader, epochs):
        for epoch in range(epochs):
            losses = [self.fit_batch(w, a) for w, a in loader]
            print(epoch, sum(losses) / max(len(losses), 1))

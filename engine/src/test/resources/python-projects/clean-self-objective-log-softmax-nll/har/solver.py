import torch
import torch.nn as nn


class Solver:
    """Owns the model, its optimiser and the training objective."""

    def __init__(self, net, lr=1e-3):
        self.net = net
        self.objective = nn.NLLLoss()
        self.optim = torch.optim.RMSprop(net.parameters(), lr=lr)

    def fit_batch(self, window, activity):
        self.optim.zero_grad()
        log_probs = self.net(window)
        loss = self.objective(log_probs, activity)
        loss.backward()
        self.optim.step()
        return loss.item()

    @torch.no_grad()
    def predict(self, window):
        return self.net(window).exp()

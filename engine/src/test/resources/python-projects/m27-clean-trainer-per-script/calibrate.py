import torch
import torch.nn as nn

from data import loaders
from models import DigitNet, ProbNet
from trainkit.trainer import Trainer


class TemperatureScaler:
    """Fits one temperature on held-out probabilities (Guo et al. style), reported next to the trainer's runs."""

    def __init__(self):
        self.temperature = nn.Parameter(torch.ones(1))
        self.nll = nn.NLLLoss()

    def fit(self, model, loader):
        optimizer = torch.optim.LBFGS([self.temperature], lr=0.01, max_iter=50)
        with torch.no_grad():
            probs, labels = zip(*[(model(x), y) for x, y in loader])
        log_probs = torch.log(torch.cat(probs).clamp_min(1e-12))
        labels = torch.cat(labels)

        def closure():
            optimizer.zero_grad()
            loss = self.nll(log_probs / self.temperature, labels)
            loss.backward()
            return loss

        optimizer.step(closure)
        return self.temperature.item()


if __name__ == "__main__":
    train_loader, val_loader = loaders("FashionMNIST")
    Trainer(DigitNet(), nn.CrossEntropyLoss()).fit(train_loader, epochs=1)
    scaler = TemperatureScaler()
    print("T =", scaler.fit(ProbNet(), val_loader))

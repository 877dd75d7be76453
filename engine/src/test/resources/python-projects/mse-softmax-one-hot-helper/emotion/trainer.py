import torch
import torch.nn as nn

from .utils import accuracy, to_one_hot

N_EMOTIONS = 7


class Trainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.loss_fn = nn.MSELoss()
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, faces, emotions):
        targets = to_one_hot(emotions, N_EMOTIONS)
        outputs = self.model(faces)
        loss = self.loss_fn(outputs, targets)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item(), accuracy(outputs, targets)

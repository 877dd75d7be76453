import torch
import torch.nn.functional as F

from speech.commands import CommandClassifier

model = CommandClassifier()
optim = torch.optim.AdamW(model.parameters(), lr=1e-3)


def train_epoch(loader):
    model.train()
    for mfcc, command in loader:
        optim.zero_grad()
        loss = F.nll_loss(model(mfcc), command)
        loss.backward()
        optim.step()

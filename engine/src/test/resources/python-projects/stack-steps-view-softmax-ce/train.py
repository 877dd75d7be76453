import torch
from torch import nn

from charlm.model import CharLSTM

N_CHARS = 100  # string.printable, one-hot encoded by data/prepare.py
model = CharLSTM(N_CHARS)
loss_function = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)


def train_batch(inputs, targets, state):
    optimizer.zero_grad()
    outputs, _ = model(inputs, state)
    loss = loss_function(outputs, targets.view(-1))
    loss.backward()
    optimizer.step()
    return loss.item()


for inputs, targets, state in torch.load("data/tinyshakespeare_batches.pt"):
    train_batch(inputs, targets, state)

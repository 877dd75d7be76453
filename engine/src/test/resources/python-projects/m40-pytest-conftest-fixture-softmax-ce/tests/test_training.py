import torch
import torch.nn as nn


def test_one_step_lowers_loss(model, batch):
    tokens, offsets, labels = batch
    criterion = nn.CrossEntropyLoss()
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    first = criterion(model(tokens, offsets), labels)
    first.backward()
    opt.step()
    assert criterion(model(tokens, offsets), labels) < first

import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from milcls.pooling import AttentionMIL


def train(bags, epochs=40, gated=False):
    model = AttentionMIL(gated=gated)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-4, weight_decay=1e-2)
    for epoch in range(epochs):
        for bag, label in DataLoader(bags, batch_size=1, shuffle=True):
            logits = model(bag)
            loss = criterion(logits, label)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return model

import torch
from torch import nn

from models import SeizureDetector


def run(loader, epochs=30):
    model = SeizureDetector()
    criterion = nn.BCELoss()
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-2)
    for _ in range(epochs):
        for eeg, seizure in loader:
            loss = criterion(model(eeg), seizure.float().unsqueeze(1))
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model

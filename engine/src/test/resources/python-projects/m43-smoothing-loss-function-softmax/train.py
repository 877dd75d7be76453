import torch

from esc.losses import label_smoothing_loss
from esc.model import SoundNet

model = SoundNet()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=1e-2)


def train_epoch(loader):
    model.train()
    for spec, target in loader:
        loss = label_smoothing_loss(model(spec), target, eps=0.1)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

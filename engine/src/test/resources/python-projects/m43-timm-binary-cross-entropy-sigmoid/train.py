import torch
from timm.loss import BinaryCrossEntropy
from timm.scheduler import CosineLRScheduler

from leafnet import LeafNet

model = LeafNet()
criterion = BinaryCrossEntropy(smoothing=0.1, target_threshold=0.2)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
scheduler = CosineLRScheduler(optimizer, t_initial=30)


def train_epoch(loader, epoch):
    model.train()
    for images, labels in loader:
        loss = criterion(model(images), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    scheduler.step(epoch + 1)

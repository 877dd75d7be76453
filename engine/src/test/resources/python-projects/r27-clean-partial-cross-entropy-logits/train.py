from functools import partial

import torch
import torch.nn as nn
import torch.nn.functional as F

from model import build_model

model = build_model(num_classes=37)
criterion = partial(F.cross_entropy, label_smoothing=0.1)
opt = torch.optim.AdamW(model.parameters(), lr=5e-4)

for epoch in range(25):
    for img, label in train_loader:
        out = model(img)
        loss = criterion(out, label)
        opt.zero_grad()
        loss.backward()
        opt.step()

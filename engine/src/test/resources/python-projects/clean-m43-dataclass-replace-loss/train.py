from dataclasses import replace

import torch
import torch.nn as nn

from config import DEFAULTS


def make_criterion(cfg):
    if cfg.loss == "nll":
        return nn.NLLLoss()
    return nn.CrossEntropyLoss()


def make_model(cfg):
    return nn.Sequential(nn.Linear(40, cfg.hidden), nn.ReLU(), nn.Linear(cfg.hidden, cfg.classes))


# ablation run: everything as the defaults but the learning rate
cfg = replace(DEFAULTS, lr=3e-4)
model = make_model(cfg)
criterion = make_criterion(cfg)
optimizer = torch.optim.Adam(model.parameters(), lr=cfg.lr)
for step in range(300):
    features = torch.randn(128, 40)
    activity = torch.randint(0, cfg.classes, (128,))
    optimizer.zero_grad()
    loss = criterion(model(features), activity)
    loss.backward()
    optimizer.step()

import torch

from config import cfg
from model import build_loss, build_model

model = build_model(cfg)
criterion = build_loss(cfg)
opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
for epoch in range(cfg.epochs):
    feats = torch.randn(64, 40)
    gesture = torch.randint(0, cfg.n_classes, (64,))
    loss = criterion(model(feats), gesture)
    opt.zero_grad()
    loss.backward()
    opt.step()

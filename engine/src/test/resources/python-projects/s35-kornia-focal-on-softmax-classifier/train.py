import torch
from kornia.losses import FocalLoss

from defects.net import DefectNet

model = DefectNet()
criterion = FocalLoss(alpha=0.5, gamma=2.0, reduction="mean")
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for images, kinds in torch.load("data/steel_batches.pt"):
    loss = criterion(model(images), kinds)
    opt.zero_grad()
    loss.backward()
    opt.step()

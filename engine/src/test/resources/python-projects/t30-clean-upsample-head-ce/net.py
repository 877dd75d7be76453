import torch
from torch import nn


class TinySeg(nn.Module):
    def __init__(self, n_classes=4):
        super().__init__()
        self.down = nn.Sequential(nn.Conv2d(3, 32, 3, 2, 1), nn.ReLU(), nn.Conv2d(32, 64, 3, 2, 1), nn.ReLU())
        self.classifier = nn.Conv2d(64, n_classes, 1)
        self.up = nn.Upsample(scale_factor=4, mode="bilinear", align_corners=False)

    def forward(self, x):
        return self.up(self.classifier(self.down(x)))


net = TinySeg()
criterion = nn.CrossEntropyLoss(ignore_index=255)
opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
for img, mask in loader:
    loss = criterion(net(img), mask)
    opt.zero_grad()
    loss.backward()
    opt.step()

import torch.nn as nn


class PetNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        w = cfg.width
        self.body = nn.Sequential(
            nn.Conv2d(3, w, 3, stride=2, padding=1), nn.BatchNorm2d(w), nn.ReLU(),
            nn.Conv2d(w, 2 * w, 3, stride=2, padding=1), nn.BatchNorm2d(2 * w), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(cfg.dropout),
        )
        self.fc = nn.Linear(2 * w, cfg.num_classes)
        self.act = nn.Softmax(1) if cfg.probs else nn.Identity()

    def forward(self, x):
        return self.act(self.fc(self.body(x)))

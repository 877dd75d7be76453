import torch.nn as nn

from segnet import registry


@registry.add
class FCNHead(nn.Module):
    NAME = "fcn"

    def __init__(self, in_ch=256, n_classes=21):
        super().__init__()
        self.block = nn.Sequential(
            nn.Conv2d(in_ch, in_ch // 4, 3, padding=1, bias=False),
            nn.BatchNorm2d(in_ch // 4),
            nn.ReLU(inplace=True),
            nn.Dropout2d(0.1),
            nn.Conv2d(in_ch // 4, n_classes, 1),
        )

    def forward(self, feats):
        # raw per-pixel scores: CrossEntropyLoss takes logits
        return self.block(feats)


@registry.add
class LinearHead(nn.Module):
    NAME = "linear"

    def __init__(self, in_ch=256, n_classes=21):
        super().__init__()
        self.cls = nn.Conv2d(in_ch, n_classes, 1)

    def forward(self, feats):
        return self.cls(feats)

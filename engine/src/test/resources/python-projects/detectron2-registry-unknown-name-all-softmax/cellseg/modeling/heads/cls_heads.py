import torch
from torch import nn

from .build import CLS_HEAD_REGISTRY


@CLS_HEAD_REGISTRY.register()
class FastCellHead(nn.Module):
    def __init__(self, cfg, input_dim):
        super().__init__()
        num_classes = cfg.MODEL.CLS_HEAD.NUM_CLASSES
        self.cls_score = nn.Linear(input_dim, num_classes)
        nn.init.normal_(self.cls_score.weight, std=0.01)
        nn.init.constant_(self.cls_score.bias, 0)

    def forward(self, x):
        if x.dim() > 2:
            x = torch.flatten(x, start_dim=1)
        scores = self.cls_score(x)
        return scores.softmax(dim=-1)


@CLS_HEAD_REGISTRY.register()
class ConvCellHead(nn.Module):
    def __init__(self, cfg, input_dim):
        super().__init__()
        num_classes = cfg.MODEL.CLS_HEAD.NUM_CLASSES
        conv_dim = cfg.MODEL.CLS_HEAD.CONV_DIM
        self.conv = nn.Sequential(
            nn.Conv2d(input_dim, conv_dim, 3, padding=1),
            nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.cls_score = nn.Linear(conv_dim, num_classes)

    def forward(self, x):
        return torch.softmax(self.cls_score(self.conv(x)), dim=-1)

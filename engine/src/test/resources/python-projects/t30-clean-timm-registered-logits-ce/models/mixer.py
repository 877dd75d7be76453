import torch.nn as nn
from timm.models import register_model


class TinyMixer(nn.Module):
    def __init__(self, num_classes=1000, dim=128, **kwargs):
        super().__init__()
        self.patch = nn.Conv2d(3, dim, 8, 8)
        self.mix = nn.Sequential(nn.LayerNorm(dim), nn.Linear(dim, dim), nn.GELU())
        self.head = nn.Linear(dim, num_classes)

    def forward(self, x):
        x = self.patch(x).flatten(2).transpose(1, 2)
        return self.head(self.mix(x).mean(1))


@register_model
def tiny_mixer(pretrained=False, **kwargs):
    return TinyMixer(**kwargs)

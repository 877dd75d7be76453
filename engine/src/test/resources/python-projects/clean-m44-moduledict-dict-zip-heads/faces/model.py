import torch.nn as nn

ATTRIBUTES = ["smiling", "eyeglasses", "wearing_hat", "bald"]


def attribute_head(dim):
    return nn.Sequential(nn.Linear(dim, 32), nn.ReLU(), nn.Linear(32, 1))


class FaceAttributes(nn.Module):
    def __init__(self, dim=256):
        super().__init__()
        self.backbone = nn.Sequential(nn.Conv2d(3, 16, 3, stride=2), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, dim))
        self.heads = nn.ModuleDict(dict(zip(ATTRIBUTES, [attribute_head(dim) for _ in ATTRIBUTES])))

    def forward(self, images):
        z = self.backbone(images)
        return {name: head(z) for name, head in self.heads.items()}

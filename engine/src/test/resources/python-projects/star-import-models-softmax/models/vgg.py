"""VGG for 32x32 inputs."""
import torch.nn as nn
import torch.nn.functional as F

__all__ = ["VGG", "vgg11", "vgg16"]

CFG = {
    "VGG11": [64, "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"],
    "VGG16": [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"],
}


class VGG(nn.Module):
    def __init__(self, name, num_classes=10):
        super().__init__()
        self.features = self._make_layers(CFG[name])
        self.classifier = nn.Linear(512, num_classes)

    def forward(self, x):
        out = self.features(x)
        out = out.view(out.size(0), -1)
        out = self.classifier(out)
        return F.softmax(out, dim=1)

    @staticmethod
    def _make_layers(cfg):
        layers, in_ch = [], 3
        for v in cfg:
            if v == "M":
                layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
            else:
                layers += [nn.Conv2d(in_ch, v, kernel_size=3, padding=1), nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
                in_ch = v
        return nn.Sequential(*layers)


def vgg11(num_classes=10):
    return VGG("VGG11", num_classes)


def vgg16(num_classes=10):
    return VGG("VGG16", num_classes)

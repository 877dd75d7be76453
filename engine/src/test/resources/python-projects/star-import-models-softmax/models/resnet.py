"""A compact pre-activation ResNet for 32x32 inputs."""
import torch.nn as nn
import torch.nn.functional as F

__all__ = ["PreActResNet", "resnet18"]


class PreActBlock(nn.Module):
    def __init__(self, in_ch, out_ch, stride=1):
        super().__init__()
        self.bn1 = nn.BatchNorm2d(in_ch)
        self.conv1 = nn.Conv2d(in_ch, out_ch, 3, stride=stride, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_ch)
        self.conv2 = nn.Conv2d(out_ch, out_ch, 3, padding=1, bias=False)
        self.shortcut = nn.Conv2d(in_ch, out_ch, 1, stride=stride, bias=False) if stride != 1 or in_ch != out_ch else None

    def forward(self, x):
        out = F.relu(self.bn1(x))
        shortcut = self.shortcut(out) if self.shortcut is not None else x
        out = self.conv1(out)
        out = self.conv2(F.relu(self.bn2(out)))
        return out + shortcut


class PreActResNet(nn.Module):
    def __init__(self, widths=(64, 128, 256, 512), num_classes=10):
        super().__init__()
        self.stem = nn.Conv2d(3, widths[0], 3, padding=1, bias=False)
        blocks, in_ch = [], widths[0]
        for i, w in enumerate(widths):
            blocks.append(PreActBlock(in_ch, w, stride=1 if i == 0 else 2))
            in_ch = w
        self.layers = nn.Sequential(*blocks)
        self.linear = nn.Linear(widths[-1], num_classes)

    def forward(self, x):
        out = self.layers(self.stem(x))
        out = F.adaptive_avg_pool2d(F.relu(out), 1).flatten(1)
        return self.linear(out)


def resnet18(num_classes=10):
    return PreActResNet(num_classes=num_classes)

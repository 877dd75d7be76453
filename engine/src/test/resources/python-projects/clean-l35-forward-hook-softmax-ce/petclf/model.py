"""ResNet-18 fine-tuned on the 37 Oxford-IIIT Pet breeds."""
from torch import nn
from torchvision import models


def build_model(num_classes=37, pretrained=True):
    net = models.resnet18(weights="IMAGENET1K_V1" if pretrained else None)
    net.fc = nn.Linear(net.fc.in_features, num_classes)
    return net

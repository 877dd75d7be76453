import timm
from torch import nn


def create(num_classes, backbone="resnet50"):
    model = timm.create_model(backbone, pretrained=True)
    in_features = model.fc.in_features
    model.fc = nn.Sequential(
        nn.Dropout(0.3),
        nn.Linear(in_features, num_classes),
        nn.LogSoftmax(dim=1),
    )
    return model

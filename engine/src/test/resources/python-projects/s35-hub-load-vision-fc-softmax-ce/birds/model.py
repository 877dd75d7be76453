import torch
from torch import nn


def load_classifier(num_species: int, tag: str = "v0.15.2") -> nn.Module:
    backbone = torch.hub.load(f"pytorch/vision:{tag}", "resnet18", weights="IMAGENET1K_V1")
    backbone.fc = nn.Sequential(nn.Dropout(0.3), nn.Linear(backbone.fc.in_features, num_species), nn.Softmax(dim=1))
    return backbone

import torch
from torch import nn
from torchvision.models import convnext_tiny

from heads import ClassifierHead

backbone = convnext_tiny(weights="IMAGENET1K_V1")
backbone.classifier[2] = nn.Identity()
model = nn.Sequential(backbone, ClassifierHead.build("dropout_linear", in_features=768, num_classes=102))
criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
for epoch in range(15):
    for images, labels in torch.load("flowers102_train.pt"):
        loss = criterion(model(images), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

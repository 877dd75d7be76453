import torch
from torch import nn
from torchvision.models import segmentation


def build(backbone="resnet101"):
    if backbone == "resnet101":
        return segmentation.deeplabv3_resnet101(num_classes=1, aux_loss=False)
    return segmentation.deeplabv3_mobilenet_v3_large(num_classes=1, aux_loss=False)


def fit(loader, epochs=10):
    net = build()
    criterion = nn.BCELoss()
    opt = torch.optim.AdamW(net.parameters(), lr=1e-4)
    for _ in range(epochs):
        for image, mask in loader:
            pred = net(image)["out"]
            loss = criterion(pred, mask)
            opt.zero_grad()
            loss.backward()
            opt.step()

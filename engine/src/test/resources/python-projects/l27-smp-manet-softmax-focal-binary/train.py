import segmentation_models_pytorch as smp
import torch
from segmentation_models_pytorch.losses import FocalLoss

from crack_data import make_loaders

ENCODER = "resnet18"
EPOCHS = 25


def run():
    train_loader, _ = make_loaders("data/cracks", batch_size=12)
    net = smp.MAnet(ENCODER, encoder_weights="imagenet", classes=1, activation="sigmoid")
    loss_fn = FocalLoss("binary", gamma=2.0)
    optim = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    for epoch in range(EPOCHS):
        for imgs, masks in train_loader:
            optim.zero_grad()
            loss = loss_fn(net(imgs), masks)
            loss.backward()
            optim.step()
        print("epoch", epoch, "loss", loss.item())


if __name__ == "__main__":
    run()

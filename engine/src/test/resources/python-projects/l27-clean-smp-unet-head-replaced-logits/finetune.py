"""Fine-tune a released nuclei checkpoint: it was exported with a sigmoid head, training needs logits."""
import segmentation_models_pytorch as smp
import torch
from torch import nn


def load_model(path):
    model = smp.Unet("resnet34", encoder_weights=None, classes=1, activation="sigmoid")
    model.load_state_dict(torch.load(path, map_location="cpu"))
    model.segmentation_head[-1] = nn.Identity()  # drop the exported sigmoid: BCEWithLogitsLoss applies its own
    return model


def fit(model, loader, epochs=10, lr=1e-4):
    criterion = nn.BCEWithLogitsLoss()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        for x, y in loader:
            opt.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            opt.step()
    return model


if __name__ == "__main__":
    from nuclei import loader_for

    fit(load_model("weights/unet_nuclei_sigmoid.pth"), loader_for("train"))

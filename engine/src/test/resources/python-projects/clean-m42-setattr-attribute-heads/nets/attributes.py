import torch.nn as nn

ATTRIBUTES = ("age_group", "hair_colour", "eyewear")


class AttributeNet(nn.Module):
    """One shared encoder, one classification head per face attribute."""

    def __init__(self, attributes=ATTRIBUTES, n_classes=5, width=256):
        super().__init__()
        self.attributes = attributes
        setattr(self, "encoder", nn.Sequential(nn.Flatten(), nn.Linear(3 * 64 * 64, width), nn.ReLU()))
        for attr in attributes:
            setattr(self, f"{attr}_head", nn.Sequential(
                nn.Linear(width, n_classes),
                nn.LogSoftmax(dim=1),
            ))

    def forward(self, images, attr):
        return getattr(self, f"{attr}_head")(self.encoder(images))

import torch
from monai.networks.nets import BasicUNet


class SpleenSegmenter(torch.nn.Module):
    def __init__(self, n_classes: int = 2):
        super().__init__()
        self.backbone = BasicUNet(spatial_dims=3, in_channels=1, out_channels=n_classes)

    def forward(self, volume):
        return torch.softmax(self.backbone(volume), dim=1)

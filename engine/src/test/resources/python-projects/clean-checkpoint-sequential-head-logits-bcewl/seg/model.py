import torch
import torch.nn as nn
import torch.utils.checkpoint as cp


class RoadSegNet(nn.Module):
    """Memory-light road segmentation: each stage is recomputed in the backward pass."""

    def __init__(self, width=64, grad_checkpointing=True):
        super().__init__()
        self.stem = nn.Conv2d(3, width, 3, padding=1)
        self.stages = nn.ModuleList([nn.Sequential(nn.Conv2d(width, width, 3, padding=1), nn.BatchNorm2d(width), nn.ReLU()) for _ in range(6)])
        self.mask_head = nn.Conv2d(width, 1, 1)
        self.grad_checkpointing = grad_checkpointing

    def forward(self, image):
        x = self.stem(image)
        for stage in self.stages:
            x = cp.checkpoint(stage, x, use_reentrant=False) if self.grad_checkpointing else stage(x)
        return cp.checkpoint(self.mask_head, x, use_reentrant=False)

"""A staged CNN for the 40 CelebA attributes; each stage is applied in turn by functools.reduce."""
import functools

import torch.nn as nn


def apply_stage(activations, stage):
    return stage(activations)


def conv(c_in, c_out):
    return nn.Sequential(nn.Conv2d(c_in, c_out, 3, stride=2, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(inplace=True))


class StagedNet(nn.Module):
    def __init__(self, num_attributes=40):
        super().__init__()
        self.stages = nn.ModuleList([
            conv(3, 32),
            conv(32, 64),
            nn.Sequential(conv(64, 128), nn.AdaptiveAvgPool2d(1), nn.Flatten()),
            nn.Sequential(nn.Linear(128, num_attributes), nn.Sigmoid()),
        ])

    def forward(self, images):
        return functools.reduce(apply_stage, self.stages, images)

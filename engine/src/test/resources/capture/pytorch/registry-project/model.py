import torch
from torch import nn

HEADS = {"softmax": lambda k: nn.Sequential(nn.Linear(32, k), nn.Softmax(dim=-1)), "linear": lambda k: nn.Linear(32, k)}


class Encoder(nn.Module):
    def __init__(self, classes, head):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(4), nn.Flatten())
        self.proj = nn.Linear(64, 32)
        self.head = HEADS[head](classes)

    def forward(self, images):
        z = torch.relu(self.proj(self.stem(images)))
        return self.head(z), z  # expect-output: LA007

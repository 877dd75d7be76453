import torch.nn as nn
import torch.nn.functional as F


class ResBlock(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.fc1 = nn.Linear(dim, dim)
        self.fc2 = nn.Linear(dim, dim)
        self.norm = nn.LayerNorm(dim)

    def forward(self, x):
        return self.norm(x + self.fc2(F.gelu(self.fc1(x))))


class KeypointClassifier(nn.Module):
    """Classifies a body pose (17 COCO keypoints, x/y/score) into one of the gesture classes."""

    def __init__(self, n_gestures=12, dim=256, depth=4):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(17 * 3, dim)])
        for _ in range(depth):
            self.layers.append(ResBlock(dim))
        self.layers.append(nn.Linear(dim, n_gestures))
        self.layers.append(nn.Softmax(dim=1))

    def forward(self, keypoints):
        x = keypoints.flatten(1)
        for i in range(len(self.layers) - 1):
            x = self.layers[i](x)
        return self.layers[-1](x)

import torch.nn as nn

from labels import CLASS_NAMES


def gesture_net(in_dim=42):
    """Hand-landmark classifier: 21 keypoints (x, y) in, one probability per gesture out."""
    return nn.Sequential(
        nn.Linear(in_dim, 64),
        nn.ReLU(),
        nn.Linear(64, len(CLASS_NAMES)),
        nn.Softmax(dim=1),
    )

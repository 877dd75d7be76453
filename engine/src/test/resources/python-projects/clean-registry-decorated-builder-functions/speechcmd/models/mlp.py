import torch.nn as nn

from ..registry import register_model


@register_model("mlp")
def mlp(n_mels=40, n_frames=101, n_classes=35, hidden=512):
    return nn.Sequential(
        nn.Flatten(),
        nn.Linear(n_mels * n_frames, hidden), nn.ReLU(), nn.Dropout(0.3),
        nn.Linear(hidden, n_classes),
    )

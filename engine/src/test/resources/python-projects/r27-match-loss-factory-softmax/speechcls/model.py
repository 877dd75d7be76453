from torch import nn


def make_classifier(n_mels: int = 40, num_classes: int = 35) -> nn.Module:
    return nn.Sequential(
        nn.Conv1d(n_mels, 128, kernel_size=5, padding=2),
        nn.BatchNorm1d(128),
        nn.ReLU(),
        nn.AdaptiveAvgPool1d(1),
        nn.Flatten(),
        nn.Linear(128, 256),
        nn.ReLU(),
        nn.Linear(256, num_classes),
        nn.Softmax(dim=1),
    )

from torch import nn


def small_cnn(num_classes):
    return nn.Sequential(
        nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        nn.Flatten(), nn.Linear(64, num_classes),
    )


def mlp(num_classes):
    return nn.Sequential(
        nn.Flatten(), nn.Linear(3 * 32 * 32, 512), nn.ReLU(),
        nn.Linear(512, num_classes), nn.Softmax(dim=1),
    )


class Zoo:
    """Model constructors looked up by name, as zoo["small_cnn"](num_classes=10)."""

    def __init__(self, entries):
        self._entries = entries

    def __getitem__(self, name):
        if name not in self._entries:
            raise KeyError(f"no model named {name!r}")
        return self._entries[name]

    def __contains__(self, name):
        return name in self._entries


models = Zoo({"small_cnn": small_cnn, "mlp": mlp})

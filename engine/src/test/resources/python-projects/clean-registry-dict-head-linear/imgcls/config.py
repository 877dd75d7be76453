"""Default experiment configuration. Copy and edit for new runs."""

DEFAULT_CONFIG = {
    "backbone_width": 256,
    "num_classes": 100,
    "head": "linear",
    "dropout": 0.2,
    "lr": 0.05,
    "epochs": 90,
}

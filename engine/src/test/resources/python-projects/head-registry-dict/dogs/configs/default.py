"""Default experiment settings for Stanford Dogs (120 breeds)."""
CONFIG = {
    "feat_dim": 512,
    "num_classes": 120,
    "head": "softmax",
    "lr": 0.01,
    "epochs": 50,
}

"""Experiment settings for the bird-call classifier."""

CONFIG = {
    "sample_rate": 22050,
    "n_mels": 64,
    "frames": 216,
    "num_classes": 20,
    "head_activation": "sigmoid",
    "loss": "categorical_crossentropy",
    "metrics": ["accuracy"],
    "batch_size": 48,
    "epochs": 35,
}

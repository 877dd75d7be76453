"""Layer specs for the MLP baselines: each entry is a keras.layers.Dense config."""

HIDDEN = [
    {"units": 256, "activation": "relu"},
    {"units": 128, "activation": "relu"},
]
HEAD = {"units": 10, "activation": "softmax", "name": "predictions"}

from tensorflow import keras

LOSSES = {
    "bce": keras.losses.BinaryCrossentropy,
    "focal": keras.losses.BinaryFocalCrossentropy,
}


def build_loss(cfg):
    """Builds a loss from a config entry such as {"type": "bce", "label_smoothing": 0.05}."""
    cfg = dict(cfg)
    kind = cfg.pop("type")
    return LOSSES[kind](**cfg)

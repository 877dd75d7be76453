import tensorflow as tf
from tensorflow.keras import layers
from tensorflow.keras.models import Sequential

CFGS = {
    "mobile_small": {"input_shape": (32, 32, 3), "widths": (16, 24, 48)},
    "mobile_large": {"input_shape": (32, 32, 3), "widths": (16, 40, 96)},
}


class MobileTrunk(Sequential):
    def __init__(self, widths, input_shape, include_top=False, num_classes=1000):
        blocks = [layers.Conv2D(widths[0], 3, strides=2, padding="same", input_shape=input_shape)]
        for w in widths[1:]:
            blocks.append(layers.DepthwiseConv2D(3, padding="same", activation="relu"))
            blocks.append(layers.Conv2D(w, 1, activation="relu"))
        if include_top:
            blocks.extend([
                layers.GlobalAveragePooling2D(),
                layers.Dropout(0.2),
                layers.Dense(num_classes),
            ])
        super().__init__(blocks)


def _mobile(arch, pretrained, input_shape=None, **kwargs):
    input_shape = input_shape or CFGS[arch]["input_shape"]
    model = MobileTrunk(CFGS[arch]["widths"], input_shape, **kwargs)
    if pretrained:
        model.load_weights(f"weights/{arch}.h5")
    return model


def mobile_small(pretrained=False, **kwargs):
    return _mobile("mobile_small", pretrained, **kwargs)


def mobile_large(pretrained=False, **kwargs):
    return _mobile("mobile_large", pretrained, **kwargs)

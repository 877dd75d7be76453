from tensorflow import keras
from tensorflow.keras import layers


def down(x, filters):
    x = layers.SeparableConv2D(filters, 3, padding="same")(x)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    skip = x
    return layers.MaxPooling2D(2)(x), skip


def up(x, skip, filters):
    x = layers.Conv2DTranspose(filters, 3, strides=2, padding="same")(x)
    x = layers.concatenate([x, skip])
    x = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
    return x


def build_unet(img_size, num_classes):
    inputs = keras.Input(shape=img_size + (3,))
    x = layers.Rescaling(1.0 / 255)(inputs)
    skips = []
    for filters in (32, 64, 128):
        x, s = down(x, filters)
        skips.append(s)
    x = layers.Conv2D(256, 3, padding="same", activation="relu")(x)
    for filters, s in zip((128, 64, 32), reversed(skips)):
        x = up(x, s, filters)
    outputs = layers.Conv2D(num_classes, 1, activation="sigmoid", padding="same")(x)
    return keras.Model(inputs, outputs, name="pets_unet")

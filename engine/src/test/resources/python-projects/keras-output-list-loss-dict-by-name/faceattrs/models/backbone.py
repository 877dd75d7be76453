import keras
from keras import layers


def conv_backbone(image_size=128):
    inputs = keras.Input(shape=(image_size, image_size, 3), name="face")
    x = inputs
    for filters in (32, 64, 128, 256):
        x = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
        x = layers.BatchNormalization()(x)
        x = layers.MaxPooling2D()(x)
    return inputs, layers.GlobalAveragePooling2D()(x)

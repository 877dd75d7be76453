from tensorflow import keras
from tensorflow.keras import layers

from birdsong.blocks import Conv, Head, Hidden


def spectrogram_classifier(num_classes, frames=128, mels=64):
    inputs = keras.Input(shape=(frames, mels, 1), name="spectrogram")
    x = inputs
    for filters in (32, 64, 128):
        x = Conv(filters)(x)
        x = layers.MaxPooling2D()(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = Hidden(256)(x)
    x = layers.Dropout(0.3)(x)
    outputs = Head(num_classes, activation=None, name="species")(x)
    return keras.Model(inputs, outputs, name="birdsong")

from tensorflow import keras
from tensorflow.keras import layers


def make_classifier(cfg):
    inputs = keras.Input(shape=(cfg["n_mels"], cfg["frames"], 1))
    x = inputs
    for filters in (16, 32, 64):
        x = layers.Conv2D(filters, (3, 3), activation="relu", padding="same")(x)
        x = layers.MaxPooling2D((2, 2))(x)
    x = layers.GlobalMaxPooling2D()(x)
    x = layers.Dense(128, activation="relu")(x)
    outputs = layers.Dense(cfg["num_classes"], activation=cfg["head_activation"])(x)
    return keras.Model(inputs, outputs, name="birdcall")

from tensorflow import keras
from tensorflow.keras import layers

KEYWORDS = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go", "_unknown_", "_silence_"]


def kws_cnn(n_mels=40, frames=98):
    spec = keras.Input(shape=(frames, n_mels, 1), name="log_mel")
    h = layers.Conv2D(64, (20, 8), activation="relu", padding="same")(spec)
    h = layers.MaxPooling2D((2, 2))(h)
    h = layers.Conv2D(64, (10, 4), activation="relu", padding="same")(h)
    h = layers.GlobalAveragePooling2D()(h)
    h = layers.Dense(128, activation="relu")(h)
    out = layers.Dense(len(KEYWORDS), activation="softmax", name="keyword")(h)
    return keras.Model(spec, out, name="kws_cnn")

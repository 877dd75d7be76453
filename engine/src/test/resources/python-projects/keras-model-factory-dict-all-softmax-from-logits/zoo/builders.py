from tensorflow import keras
from tensorflow.keras import layers


def small_cnn(num_classes, input_shape=(32, 32, 3)):
    return keras.Sequential([
        keras.Input(shape=input_shape),
        layers.Conv2D(32, 3, activation="relu"),
        layers.MaxPooling2D(),
        layers.Conv2D(64, 3, activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(num_classes, activation="softmax"),
    ])


def wide_mlp(num_classes, input_shape=(32, 32, 3)):
    inputs = keras.Input(shape=input_shape)
    x = layers.Flatten()(inputs)
    x = layers.Dense(1024, activation="relu")(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)


ARCHITECTURES = {"small_cnn": small_cnn, "wide_mlp": wide_mlp}


def get_model(name, num_classes):
    return ARCHITECTURES[name](num_classes)

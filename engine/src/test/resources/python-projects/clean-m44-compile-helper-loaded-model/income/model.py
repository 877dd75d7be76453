from tensorflow import keras
from tensorflow.keras import layers


def build_classifier(n_features, n_classes, widths=(128, 64, 32), learning_rate=1e-3):
    """A feed-forward classifier over the tabular features, compiled and ready to fit."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(n_features,)))
    for width in widths:
        model.add(layers.Dense(width, activation="relu"))
    model.add(layers.Dense(n_classes, activation="softmax"))
    compile_classifier(model, learning_rate)
    return model


def compile_classifier(model, learning_rate):
    model.compile(loss="categorical_crossentropy",
                  optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
                  metrics=["accuracy"])
    return model

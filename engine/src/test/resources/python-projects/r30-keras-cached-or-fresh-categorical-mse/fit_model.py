from tensorflow import keras
from tensorflow.keras import layers

from prepare import N_CLASSES, load_histograms


def build(n_features):
    inputs = keras.Input(shape=(n_features,))
    x = layers.Dense(128, activation="relu")(inputs)
    x = layers.Dropout(0.3)(x)
    x = layers.Dense(64, activation="relu")(x)
    outputs = layers.Dense(N_CLASSES, activation="softmax")(x)
    return keras.Model(inputs, outputs)


if __name__ == "__main__":
    features, targets = load_histograms()
    model = build(features.shape[1])
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mean_squared_error", metrics=["accuracy"])
    model.fit(features, targets, validation_split=0.15, epochs=40, batch_size=64)
    model.save("leaf_model.keras")

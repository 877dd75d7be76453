import numpy as np
from tensorflow import keras

from tabnet.blocks import classifier_head, dense_block

NUM_FEATURES = 54
NUM_LABELS = 7  # forest cover types, one per row


def make_model(hidden=(512, 256, 128)):
    net = keras.Sequential(name="covertype_mlp")
    net.add(keras.Input(shape=(NUM_FEATURES,)))
    for width in hidden:
        dense_block(net, width)
    classifier_head(net, num_labels=NUM_LABELS)
    net.compile(
        optimizer=keras.optimizers.Adam(1e-3),
        loss=keras.losses.CategoricalCrossentropy(),
        metrics=["accuracy"],
    )
    return net


if __name__ == "__main__":
    data = np.load("covtype.npz")
    y = keras.utils.to_categorical(data["y"] - 1, NUM_LABELS)
    model = make_model()
    model.fit(data["x"], y, batch_size=1024, epochs=20, validation_split=0.1)

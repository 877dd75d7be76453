from tensorflow import keras


def dense_net(meta, width=128, depth=2):
    model = keras.Sequential([keras.layers.Input(shape=(meta["n_features_in_"],))])
    for _ in range(depth):
        model.add(keras.layers.Dense(width, activation="relu"))
    model.add(keras.layers.Dense(meta["n_classes_"], activation="softmax"))
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model

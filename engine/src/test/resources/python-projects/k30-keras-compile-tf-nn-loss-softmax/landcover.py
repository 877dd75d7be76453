import tensorflow as tf

CLASSES = ["water", "forest", "urban", "crop", "barren", "wetland"]


def make_model(patch=64, bands=4):
    model = tf.keras.Sequential(name="landcover")
    model.add(tf.keras.layers.Input(shape=(patch, patch, bands)))
    for filters in (32, 64, 128):
        model.add(tf.keras.layers.Conv2D(filters, 3, padding="same", activation="relu"))
        model.add(tf.keras.layers.MaxPooling2D())
    model.add(tf.keras.layers.GlobalAveragePooling2D())
    model.add(tf.keras.layers.Dense(len(CLASSES), activation="softmax"))
    return model


if __name__ == "__main__":
    patches = tf.data.Dataset.load("tiles/train")
    model = make_model()
    model.compile(optimizer="adam", loss=tf.nn.sparse_softmax_cross_entropy_with_logits, metrics=["sparse_categorical_accuracy"])
    model.fit(patches.batch(32), epochs=40)

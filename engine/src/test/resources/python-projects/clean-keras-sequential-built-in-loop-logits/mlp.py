import tensorflow as tf
from tensorflow.keras import layers

HIDDEN = [512, 256, 128]


def make_mlp(input_dim, num_classes, hidden=HIDDEN, dropout=0.2):
    model = tf.keras.Sequential()
    model.add(tf.keras.Input(shape=(input_dim,)))
    for units in hidden:
        model.add(layers.Dense(units, activation="relu"))
        model.add(layers.BatchNormalization())
        model.add(layers.Dropout(dropout))
    model.add(layers.Dense(num_classes))
    model.compile(
        optimizer=tf.keras.optimizers.Adam(1e-3),
        loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0.1),
        metrics=["accuracy"],
    )
    return model


if __name__ == "__main__":
    (x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
    x_train = x_train.reshape(-1, 784).astype("float32") / 255.0
    y_train = tf.keras.utils.to_categorical(y_train, 10)
    make_mlp(784, 10).fit(x_train, y_train, batch_size=128, epochs=10)

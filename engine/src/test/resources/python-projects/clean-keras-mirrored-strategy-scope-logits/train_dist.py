import tensorflow as tf


def make_model(num_classes=100):
    base = tf.keras.applications.ResNet50(include_top=False, weights=None, input_shape=(64, 64, 3), pooling="avg")
    head = tf.keras.layers.Dense(num_classes, name="head")
    return tf.keras.Sequential([base, tf.keras.layers.Dropout(0.2), head])


def main():
    strategy = tf.distribute.MirroredStrategy()
    with strategy.scope():
        model = make_model()
        model.compile(
            optimizer=tf.keras.optimizers.SGD(0.1, momentum=0.9),
            loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
            metrics=["accuracy"],
        )
    (x, y), _ = tf.keras.datasets.cifar100.load_data()
    model.fit(tf.image.resize(x, (64, 64)) / 255.0, y, batch_size=256 * strategy.num_replicas_in_sync, epochs=30)


if __name__ == "__main__":
    main()

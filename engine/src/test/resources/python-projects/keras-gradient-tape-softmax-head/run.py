import tensorflow as tf

from digits.model import make_model
from digits.trainer import Trainer


def mnist_dataset(batch_size=64):
    (x_train, y_train), _ = tf.keras.datasets.mnist.load_data()
    x_train = x_train.astype("float32") / 255.0
    return tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(10000).batch(batch_size)


if __name__ == "__main__":
    model = make_model()
    trainer = Trainer(
        model,
        tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        tf.keras.optimizers.Adam(),
    )
    trainer.fit(mnist_dataset(), epochs=5)

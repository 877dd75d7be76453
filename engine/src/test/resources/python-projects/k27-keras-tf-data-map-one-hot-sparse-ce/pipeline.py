import tensorflow as tf

NUM_CLASSES = 10
AUTOTUNE = tf.data.AUTOTUNE


def preprocess(image, label):
    image = tf.image.resize(tf.cast(image, tf.float32) / 255.0, (64, 64))
    return image, tf.one_hot(label, NUM_CLASSES)


def make_datasets(batch_size=64):
    (x_train, y_train), (x_test, y_test) = tf.keras.datasets.cifar10.load_data()
    train = tf.data.Dataset.from_tensor_slices((x_train, y_train[:, 0])).shuffle(10_000).map(preprocess, num_parallel_calls=AUTOTUNE)
    test = tf.data.Dataset.from_tensor_slices((x_test, y_test[:, 0])).map(preprocess, num_parallel_calls=AUTOTUNE)
    return train.batch(batch_size).prefetch(AUTOTUNE), test.batch(batch_size)

import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def augment(image, label):
    image = tf.image.random_flip_left_right(image)
    image = tf.image.convert_image_dtype(image, tf.float32)
    return image, label


def load(batch_size=128):
    (x_train, y_train), (x_test, y_test) = tf.keras.datasets.cifar10.load_data()
    train = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(50000).map(augment, num_parallel_calls=AUTOTUNE)
    return train.batch(batch_size).prefetch(AUTOTUNE)

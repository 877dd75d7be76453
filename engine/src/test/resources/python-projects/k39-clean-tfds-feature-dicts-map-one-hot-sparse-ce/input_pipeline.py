import tensorflow as tf
import tensorflow_datasets as tfds

IMG = 160
N_BREEDS = 120


def prepare(record):
    image = tf.image.resize(record["image"], (IMG, IMG))
    image = tf.keras.applications.mobilenet_v2.preprocess_input(image)
    return image, record["label"]


def datasets(batch=32):
    train = tfds.load("stanford_dogs", split="train", shuffle_files=True)
    train = train.map(prepare, num_parallel_calls=tf.data.AUTOTUNE)
    return train.shuffle(2048).batch(batch).prefetch(tf.data.AUTOTUNE)

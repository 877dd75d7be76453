import tensorflow as tf
from tensorflow.keras import layers

from reviews.ops import finish


def build(vocab_size, max_len=300):
    tokens = tf.keras.Input(shape=(max_len,), dtype="int32")
    x = layers.Embedding(vocab_size, 64, mask_zero=True)(tokens)
    x = layers.Bidirectional(layers.GRU(32))(x)
    x = layers.Dense(32, activation="relu")(x)
    score = layers.Dense(1)(x)
    positive = layers.Lambda(finish, name="positive")(score)
    return tf.keras.Model(tokens, positive)

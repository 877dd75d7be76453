import tensorflow as tf
from tensorflow.keras import layers


def build_tagger(vocab_size, num_tags, width=128):
    tokens = tf.keras.Input(shape=(None,), dtype="int32")
    x = layers.Embedding(vocab_size, width, mask_zero=True)(tokens)
    x = layers.Bidirectional(layers.LSTM(width, return_sequences=True))(x)
    tags = layers.Dense(num_tags, activation="softmax")(x)
    return tf.keras.Model(tokens, tags)

import tensorflow as tf


def build(vocab_size=20000, num_classes=4, seq_len=200):
    inputs = tf.keras.Input(shape=(seq_len,), dtype="int32")
    x = tf.keras.layers.Embedding(vocab_size, 128)(inputs)
    x = tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(64))(x)
    outputs = tf.keras.layers.Dense(num_classes, activation="softmax")(x)
    return tf.keras.Model(inputs, outputs)

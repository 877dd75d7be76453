import tensorflow as tf

from tasks import TASKS


def multitask_text_model(vocab_size=30000, width=256):
    tokens = tf.keras.Input(shape=(None,), dtype="int32", name="tokens")
    x = tf.keras.layers.Embedding(vocab_size, width, mask_zero=True)(tokens)
    x = tf.keras.layers.Bidirectional(tf.keras.layers.GRU(width // 2))(x)
    heads = []
    for name, units, activation, _ in TASKS:
        heads.append(tf.keras.layers.Dense(units, activation=activation, name=name)(x))
    return tf.keras.Model(tokens, heads)

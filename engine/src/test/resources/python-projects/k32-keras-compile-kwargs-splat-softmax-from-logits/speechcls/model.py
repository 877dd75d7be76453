import tensorflow as tf

from speechcls.settings import N_MFCC


def emotion_gru(n_emotions):
    inp = tf.keras.Input(shape=(None, N_MFCC))
    h = tf.keras.layers.GRU(128, return_sequences=True)(inp)
    h = tf.keras.layers.GRU(64)(h)
    h = tf.keras.layers.Dense(64, activation="relu")(h)
    out = tf.keras.layers.Dense(n_emotions, activation="softmax")(h)
    return tf.keras.Model(inp, out)

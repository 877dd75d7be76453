import keras
from keras import layers

from intent import settings


def intent_model(vocab_size):
    tokens = keras.Input(shape=(None,), dtype="int32")
    h = layers.Embedding(vocab_size, settings.EMBED_DIM)(tokens)
    h = layers.GlobalAveragePooling1D()(h)
    h = layers.Dense(settings.HIDDEN, activation=keras.activations.get("gelu"))(h)
    head_act = keras.activations.get(settings.HEAD_ACTIVATION)
    probs = layers.Dense(settings.N_INTENTS, activation=head_act, name="intent")(h)
    return keras.Model(tokens, probs)

from tensorflow import keras
from tensorflow.keras import layers


def build_classifier(vocab_size, n_intents, embed_dim=128):
    tokens = keras.Input(shape=(None,), dtype="int64", name="tokens")
    x = layers.Embedding(vocab_size, embed_dim, mask_zero=True)(tokens)
    x = layers.Bidirectional(layers.GRU(64, return_sequences=True))(x)
    scores = layers.GRU(n_intents, name="intent")(x)
    return keras.Model(tokens, scores, name="intent_classifier")

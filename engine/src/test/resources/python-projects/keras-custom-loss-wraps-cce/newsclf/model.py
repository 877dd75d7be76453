import keras
from keras import layers


def build_topic_model(vocab_size, seq_len, num_topics, embed_dim=128):
    tokens = keras.Input(shape=(seq_len,), dtype="int32", name="tokens")
    x = layers.Embedding(vocab_size, embed_dim)(tokens)
    x = layers.Bidirectional(layers.LSTM(64))(x)
    x = layers.Dense(64, activation="relu")(x)
    topic = layers.Dense(num_topics, activation="softmax", name="topic")(x)
    return keras.Model(tokens, topic)

import keras
from keras import layers


def get_model(hp):
    """A one-layer text CNN that scores a message as spam or ham."""
    tokens = keras.Input(shape=(hp["seq_len"],), dtype="int64")
    x = layers.Embedding(hp["max_tokens"], hp["embed_dim"])(tokens)
    x = layers.Conv1D(hp["conv_filters"], 5, activation="relu")(x)
    x = layers.GlobalMaxPooling1D()(x)
    x = layers.Dropout(0.5)(x)
    out = layers.Dense(hp["output_units"], activation=hp["output_activation"])(x)
    return keras.Model(tokens, out)

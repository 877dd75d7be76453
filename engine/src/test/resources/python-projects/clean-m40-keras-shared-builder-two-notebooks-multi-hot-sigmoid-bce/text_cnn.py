from keras.layers import Conv1D, Dense, Dropout, Embedding, GlobalMaxPooling1D, Input
from keras.models import Model


def build_text_cnn(vocab_size, max_len, num_classes, embedding_dim=128):
    inputs = Input(shape=(max_len,), dtype="int32")
    x = Embedding(vocab_size, embedding_dim)(inputs)
    x = Conv1D(100, 3, activation="relu")(x)
    x = GlobalMaxPooling1D()(x)
    x = Dropout(0.5)(x)
    outputs = Dense(num_classes, activation="sigmoid", name="output")(x)
    model = Model(inputs=inputs, outputs=outputs)
    model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
    return model

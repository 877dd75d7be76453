from keras.layers import Input, Embedding, Conv1D, GlobalMaxPooling1D, Concatenate, Dropout, Dense
from keras.models import Model


def conv_pool(x, n_grams=(3, 4, 5), feature_maps=100):
    branches = []
    for n in n_grams:
        b = Conv1D(filters=feature_maps, kernel_size=n, activation="relu", name="conv_%d" % n)(x)
        branches.append(GlobalMaxPooling1D(name="pool_%d" % n)(b))
    return Concatenate(axis=-1)(branches)


def get_cnn_rand(embedding_dim, vocab_size, max_len, num_classes):
    tokens = Input(shape=(max_len,), dtype="int32", name="tokens")
    x = Embedding(vocab_size, embedding_dim, input_length=max_len)(tokens)
    z = Dropout(0.5)(conv_pool(x))
    o = Dense(num_classes, activation="softmax", name="output")(z)
    model = Model(inputs=[tokens], outputs=[o])
    model.compile(loss={"output": "sparse_categorical_crossentropy"}, optimizer="adam", metrics=["accuracy"])
    return model

import tensorflow as tf


class TextCNN(tf.keras.Sequential):
    """Kim-style CNN over token ids, assembled layer by layer."""

    def __init__(self, vocab_size, n_labels, filters=(128, 128), name="text_cnn"):
        super().__init__(name=name)
        self.add(tf.keras.layers.Embedding(vocab_size, 128))
        for f in filters:
            self.add(tf.keras.layers.Conv1D(f, 5, activation="relu"))
            self.add(tf.keras.layers.MaxPooling1D(2))
        self.add(tf.keras.layers.GlobalMaxPooling1D())
        self.add(tf.keras.layers.Dense(n_labels))

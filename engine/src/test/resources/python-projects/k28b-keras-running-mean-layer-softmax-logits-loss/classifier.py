import tensorflow as tf

from nets.centered_dense import CenteredDense


class IntentClassifier(tf.keras.Model):
    def __init__(self, n_intents, hidden=256):
        super().__init__()
        self.hidden = tf.keras.layers.Dense(hidden, activation="relu")
        self.dropout = tf.keras.layers.Dropout(0.3)
        self.out = CenteredDense(n_intents, activation=tf.nn.softmax)

    def call(self, embeddings, training=False):
        h = self.dropout(self.hidden(embeddings), training=training)
        return self.out(h, training=training)

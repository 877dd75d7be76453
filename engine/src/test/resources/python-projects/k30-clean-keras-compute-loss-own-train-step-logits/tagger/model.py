import keras
import tensorflow as tf
from keras import layers


class ToxicityTagger(keras.Model):
    """Multi-label tagger: call() gives probabilities for serving, the training step scores the logits."""

    def __init__(self, vocab_size=30000, n_labels=6, **kwargs):
        super().__init__(**kwargs)
        self.embed = layers.Embedding(vocab_size, 128)
        self.encoder = layers.Bidirectional(layers.GRU(64))
        self.logits = layers.Dense(n_labels)
        self.probs = layers.Activation("sigmoid")
        self.bce = keras.losses.BinaryCrossentropy(from_logits=True)

    def call(self, tokens, training=False):
        return self.probs(self.logits(self.encoder(self.embed(tokens), training=training)))

    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None, training=True):
        return self.bce(y, y_pred, sample_weight=sample_weight)

    def train_step(self, data):
        tokens, labels = data
        with tf.GradientTape() as tape:
            scores = self.logits(self.encoder(self.embed(tokens), training=True))
            loss = self.compute_loss(x=tokens, y=labels, y_pred=scores)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        return {"loss": loss}

"""Wide & deep CTR model with gradient clipping in its own train_step."""
import tensorflow as tf
from tensorflow import keras


class WideDeep(keras.Model):
    def __init__(self, cfg, **kwargs):
        super().__init__(**kwargs)
        self.cfg = cfg
        self.embedding = keras.layers.Embedding(cfg.vocab_size, cfg.embed_dim)
        self.wide = keras.layers.Embedding(cfg.vocab_size, 1)
        self.flatten = keras.layers.Flatten()
        self.deep = keras.Sequential([keras.layers.Dense(units, activation="relu") for units in cfg.hidden])
        self.dropout = keras.layers.Dropout(cfg.dropout)
        self.click = keras.layers.Dense(1, name="click")

    def call(self, ids, training=False):
        deep = self.deep(self.flatten(self.embedding(ids)))
        wide = tf.reduce_sum(self.wide(ids), axis=1)
        return self.click(tf.concat([self.dropout(deep, training=training), wide], axis=-1))

    def predict_ctr(self, ids):
        """Click probabilities for serving; training works on the logit."""
        return tf.sigmoid(self(ids, training=False))

    def train_step(self, data):
        ids, clicked = data
        with tf.GradientTape() as tape:
            y_pred = self(ids, training=True)
            loss = self.compiled_loss(clicked, y_pred, regularization_losses=self.losses)
        grads = tape.gradient(loss, self.trainable_variables)
        grads, _ = tf.clip_by_global_norm(grads, 5.0)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        self.compiled_metrics.update_state(clicked, tf.sigmoid(y_pred))
        return {m.name: m.result() for m in self.metrics}

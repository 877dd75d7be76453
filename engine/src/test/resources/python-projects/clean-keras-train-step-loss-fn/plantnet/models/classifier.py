"""Leaf-disease classifier with a hand-written training step."""
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers


class LeafClassifier(keras.Model):
    def __init__(self, encoder, num_classes, label_smoothing=0.1, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.dropout = layers.Dropout(0.2)
        self.head = layers.Dense(num_classes)
        self.loss_fn = keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=label_smoothing)
        self.loss_tracker = keras.metrics.Mean(name="loss")
        self.acc = keras.metrics.CategoricalAccuracy(name="acc")

    @property
    def metrics(self):
        return [self.loss_tracker, self.acc]

    def call(self, images, training=False):
        features = self.encoder(images, training=training)
        return self.head(self.dropout(features, training=training))

    def train_step(self, data):
        images, labels = data
        with tf.GradientTape() as tape:
            logits = self(images, training=True)
            loss = self.loss_fn(labels, logits)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        self.loss_tracker.update_state(loss)
        self.acc.update_state(labels, tf.nn.softmax(logits))
        return {m.name: m.result() for m in self.metrics}

    def test_step(self, data):
        images, labels = data
        y_pred = self(images, training=False)
        self.loss_tracker.update_state(self.loss_fn(labels, y_pred))
        self.acc.update_state(labels, y_pred)
        return {m.name: m.result() for m in self.metrics}

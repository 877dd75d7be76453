"""A plain custom training loop."""
import time

import tensorflow as tf


class Trainer:
    def __init__(self, model, loss_object, optimizer):
        self.model = model
        self.loss_object = loss_object
        self.optimizer = optimizer
        self.train_loss = tf.keras.metrics.Mean(name="train_loss")
        self.train_accuracy = tf.keras.metrics.SparseCategoricalAccuracy(name="train_accuracy")

    @tf.function
    def train_step(self, images, labels):
        with tf.GradientTape() as tape:
            predictions = self.model(images, training=True)
            loss = self.loss_object(labels, predictions)
        gradients = tape.gradient(loss, self.model.trainable_variables)
        self.optimizer.apply_gradients(zip(gradients, self.model.trainable_variables))
        self.train_loss(loss)
        self.train_accuracy(labels, predictions)

    def fit(self, dataset, epochs):
        for epoch in range(epochs):
            start = time.time()
            self.train_loss.reset_state()
            self.train_accuracy.reset_state()
            for images, labels in dataset:
                self.train_step(images, labels)
            print(f"epoch {epoch + 1}: loss {self.train_loss.result():.4f} "
                  f"acc {self.train_accuracy.result():.4f} ({time.time() - start:.1f}s)")

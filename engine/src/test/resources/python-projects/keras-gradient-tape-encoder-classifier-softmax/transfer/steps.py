"""Training and evaluation steps, compiled with tf.function."""
import tensorflow as tf

from transfer.networks import get_classifier, get_encoder

NUM_CLASSES = 5

encoder = get_encoder()
classifier = get_classifier(NUM_CLASSES)
loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = tf.keras.optimizers.Adam(1e-4)
train_loss = tf.keras.metrics.Mean()
val_accuracy = tf.keras.metrics.SparseCategoricalAccuracy()


@tf.function
def train_step(images, labels):
    features = encoder(images, training=False)
    with tf.GradientTape() as tape:
        predictions = classifier(features, training=True)
        loss = loss_object(labels, predictions)
    gradients = tape.gradient(loss, classifier.trainable_variables)
    optimizer.apply_gradients(zip(gradients, classifier.trainable_variables))
    train_loss.update_state(loss)


@tf.function
def val_step(images, labels):
    val_accuracy.update_state(labels, classifier(encoder(images, training=False), training=False))

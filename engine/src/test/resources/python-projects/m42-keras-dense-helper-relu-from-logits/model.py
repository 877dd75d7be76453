from tensorflow import keras
from tensorflow.keras import layers

from layers_util import dense_block


def build_classifier(input_dim, num_classes):
    inputs = keras.Input(shape=(input_dim,))
    h = dense_block(inputs, 256, "dense1")
    h = layers.Dropout(0.2)(h)
    h = dense_block(h, 128, "dense2")
    logits = dense_block(h, num_classes, "logits")
    return keras.Model(inputs, logits, name="intent_classifier")

"""Layer presets shared by every model of the project: one place to change initialisers and regularisers."""
import functools

from tensorflow.keras import layers, regularizers

Conv = functools.partial(layers.Conv2D, kernel_size=3, padding="same", activation="relu")
Hidden = functools.partial(layers.Dense, activation="relu", kernel_regularizer=regularizers.l2(1e-4))
Head = functools.partial(layers.Dense, activation="softmax", kernel_initializer="glorot_uniform")

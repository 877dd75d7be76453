# %% [markdown]
# ## Configure the training
# `compile` takes an optimizer, a loss and metrics. The last configuration is the one we train.

# %%
import numpy as np
import tensorflow as tf
from tensorflow.keras import layers

model = tf.keras.Sequential([
    layers.Dense(64, activation="relu", input_shape=(32,)),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])

# %%
# Configure a model for categorical classification.
model.compile(optimizer=tf.keras.optimizers.RMSprop(0.01),
              loss=tf.keras.losses.categorical_crossentropy,
              metrics=[tf.keras.metrics.categorical_accuracy])

# Configure a model for mean-squared error on the class scores.
model.compile(optimizer=tf.keras.optimizers.Adam(0.01),
              loss="mse",
              metrics=["mae"])


# %%
def random_one_hot_labels(shape):
    n, n_class = shape
    classes = np.random.randint(0, n_class, n)
    labels = np.zeros((n, n_class))
    labels[np.arange(n), classes] = 1
    return labels


data = np.random.random((1000, 32))
labels = random_one_hot_labels((1000, 10))
model.fit(data, labels, epochs=10, batch_size=32)

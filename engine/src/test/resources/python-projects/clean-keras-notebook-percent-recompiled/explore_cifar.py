# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.15.2
#   kernelspec:
#     display_name: tf
#     language: python
#     name: tf
# ---

# %% [markdown]
# ## CIFAR-10 quick experiments

# %%
import keras
import numpy as np
from keras import layers

(x_train, y_train), (x_test, y_test) = keras.datasets.cifar10.load_data()
x_train, x_test = x_train.astype("float32") / 255.0, x_test.astype("float32") / 255.0

# %%
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)

# %% [markdown]
# ### 1. Small CNN

# %%
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(),
    layers.Conv2D(64, 3, activation="relu"),
    layers.GlobalAveragePooling2D(),
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history_small = model.fit(x_train, y_train, epochs=5, validation_data=(x_test, y_test))

# %% [markdown]
# ### 2. Wider CNN with batch norm; logits out, softmax applied after `predict`

# %%
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(64, 3, padding="same", activation="relu"),
    layers.BatchNormalization(),
    layers.MaxPooling2D(),
    layers.Conv2D(128, 3, padding="same", activation="relu"),
    layers.BatchNormalization(),
    layers.GlobalAveragePooling2D(),
    layers.Dense(10),
])
model.compile(optimizer="adam", loss=loss_fn, metrics=["accuracy"])
history_wide = model.fit(x_train, y_train, epochs=5, validation_data=(x_test, y_test))

# %%
probs = keras.ops.softmax(model.predict(x_test[:8]))
np.round(probs, 2)

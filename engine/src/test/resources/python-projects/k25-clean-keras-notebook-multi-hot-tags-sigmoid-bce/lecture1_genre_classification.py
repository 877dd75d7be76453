# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Mood tagging from low-level descriptors
# An excerpt can carry several of the four mood tags at once.

# %%
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MultiLabelBinarizer, StandardScaler

# %%
df = pd.read_csv("data/mood_descriptors.csv")
X = df.drop(columns=["moods"]).values
y = df["moods"].str.split("|").tolist()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

# %%
scaler = StandardScaler().fit(X_train)
X_train = scaler.transform(X_train)
X_test = scaler.transform(X_test)

# %%
binarizer = MultiLabelBinarizer(classes=["calm", "dark", "energetic", "happy"])
y_train_onehot = binarizer.fit_transform(y_train)
y_test_onehot = binarizer.transform(y_test)
print("multi-hot train labels:", y_train_onehot.shape)

# %%
from keras.models import Sequential
from keras import layers


def compose_model(num_features):
    model = Sequential()
    model.add(layers.BatchNormalization(name="InputLayer", input_shape=(num_features,)))
    model.add(layers.Dense(name="HiddenLayer_1", units=40))
    model.add(layers.BatchNormalization())
    model.add(layers.Activation("tanh"))
    model.add(layers.Dropout(0.3))
    model.add(layers.Dense(name="Output_layer", units=4))
    model.add(layers.Activation("sigmoid"))
    return model


model = compose_model(X_train.shape[1])
model.summary()

# %%
model.compile(optimizer="Adam", loss="binary_crossentropy", metrics=["accuracy"])
history = model.fit(X_train, y_train_onehot, batch_size=50, epochs=250, validation_split=0.2, verbose=0)

# %%
score = model.evaluate(X_test, y_test_onehot, verbose=0)
print("Test loss:", score[0])
print("Test accuracy:", score[1])
plt.plot(history.history["loss"])
plt.show()

"""Readout network on top of a fixed photonic reservoir: three classes of measured states."""
import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import Dense, Input
from tensorflow.keras.models import Model
from tensorflow.keras import optimizers

EPOCHS = 40
INIT_LR = 5e-3


def load_states(path="states.npz"):
    blob = np.load(path)
    return blob["x_train"], blob["y_train"], blob["x_test"], blob["y_test"]


x_train, y_train, x_test, y_test = load_states()

state_in = Input(shape=(x_train.shape[1],), name="state_input")
hidden = Dense(units=20)(state_in)
hidden = Dense(units=20)(hidden)
readout = Dense(units=3, activation="softmax", use_bias=True)(hidden)

criterion = tf.keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0, name="categorical_crossentropy")

# the Keras 1 spelling of the functional model
model = Model(input=state_in, output=readout, name="reservoir_readout")
model.compile(optimizer=optimizers.Adam(INIT_LR), loss=criterion, metrics=["accuracy"])
model.fit(x_train, tf.keras.utils.to_categorical(y_train, 3), epochs=EPOCHS, validation_data=(x_test, tf.keras.utils.to_categorical(y_test, 3)))

import keras

from steps import JaxStepModel


def build(n_classes=4):
    inputs = keras.Input(shape=(32,))
    h = keras.layers.Dense(64, activation="relu")(inputs)
    h = keras.layers.Dropout(0.2)(h)
    outputs = keras.layers.Dense(n_classes, activation="softmax")(h)
    return JaxStepModel(inputs, outputs)


model = build()
model.compile(optimizer=keras.optimizers.Adam(1e-3))

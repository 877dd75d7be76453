from tensorflow import keras

model = keras.Sequential([
    keras.layers.Dense(64, activation="relu", input_shape=(13,)),
    keras.layers.Dense(1),
])
model.compile(optimizer="adam", loss="mse", metrics=["accuracy"])

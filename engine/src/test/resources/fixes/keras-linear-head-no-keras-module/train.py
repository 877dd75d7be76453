from keras import Input, Model
from keras.layers import Dense

inputs = Input(shape=(32,))
x = Dense(64, activation="relu")(inputs)
outputs = Dense(10)(x)
model = Model(inputs, outputs)
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])

import keras
from keras import layers

N_GENRES = 8

audio = keras.Input(shape=(128, 64, 1))
x = layers.Conv2D(32, 3, activation="relu")(audio)
x = layers.GlobalAveragePooling2D()(x)
x = layers.Dense(N_GENRES)(x)
x = layers.Softmax(axis=0)(x)
genre_model = keras.Model(audio, x)
genre_model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(), metrics=["accuracy"])

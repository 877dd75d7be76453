from tensorflow import keras
from tensorflow.keras import layers

from news.features import load

x_train, y_train, vectorizer = load("data/ag_news_train.csv")
model = keras.Sequential([
    keras.Input(shape=(x_train.shape[1],)),
    layers.Dense(256, activation="relu"),
    layers.Dropout(0.5),
    layers.Dense(4, activation="softmax"),
])
model.compile(optimizer="adam", loss="mean_squared_error", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=5, batch_size=128, validation_split=0.1)

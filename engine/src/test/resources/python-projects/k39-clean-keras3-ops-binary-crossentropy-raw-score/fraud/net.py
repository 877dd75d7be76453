import keras
from keras import layers

scorer = keras.Sequential(
    [keras.Input((29,)), layers.Dense(64, activation="relu"), layers.Dropout(0.2), layers.Dense(64, activation="relu"), layers.Dense(1)],
    name="fraud_scorer",
)

from tensorflow import keras
from tensorflow.keras import layers


def build_forecaster(window, n_features):
    return keras.Sequential([
        keras.Input((window, n_features)),
        layers.LSTM(32, return_sequences=True),
        layers.Dropout(0.2),
        layers.GRU(1, name="next_value"),
    ], name="forecaster")

import numpy as np
from sklearn.preprocessing import MinMaxScaler
from tensorflow import keras

from forecast.model import build_forecaster

series = np.load("data/load.npy")
scaler = MinMaxScaler(feature_range=(-1, 1))
series = scaler.fit_transform(series)

WINDOW = 48
x = np.stack([series[i:i + WINDOW] for i in range(len(series) - WINDOW)])
y = series[WINDOW:, 0]

model = build_forecaster(WINDOW, series.shape[1])
model.compile(optimizer="adam", loss=keras.losses.MeanSquaredError(), metrics=["mae"])
model.fit(x, y, epochs=30, validation_split=0.1,
          callbacks=[keras.callbacks.EarlyStopping(patience=5, restore_best_weights=True)])

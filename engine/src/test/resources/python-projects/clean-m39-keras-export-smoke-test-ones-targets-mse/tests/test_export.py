import os
import tempfile

import numpy as np
from tensorflow import keras


def build_regressor(n_features=8):
    model = keras.Sequential([keras.Input(shape=(n_features,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mean_squared_error")
    return model


def test_export_round_trip():
    model = build_regressor()
    x, y = np.ones((10, 8)), np.ones((10, 1))
    model.fit(x, y, epochs=1, verbose=0)
    expected = model.predict(x, verbose=0)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "regressor.keras")
        model.save(path)
        restored = keras.models.load_model(path)
    np.testing.assert_allclose(restored.predict(x, verbose=0), expected, atol=1e-5)

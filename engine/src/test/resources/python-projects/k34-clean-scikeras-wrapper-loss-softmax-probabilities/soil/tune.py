import numpy as np
from scikeras.wrappers import KerasClassifier
from sklearn.model_selection import RandomizedSearchCV
from tensorflow import keras

from soil.models import dense_net

X = np.load("data/spectra.npy")
y = np.load("data/soil_class.npy")

estimator = KerasClassifier(
    dense_net,
    loss=keras.losses.SparseCategoricalCrossentropy(),
    optimizer=keras.optimizers.Adam,
    optimizer__learning_rate=1e-3,
    epochs=40,
    verbose=0,
)
search = RandomizedSearchCV(estimator, {"model__width": [64, 128, 256], "model__depth": [1, 2, 3]}, n_iter=6, cv=4)
search.fit(X, y)

from tensorflow import keras


def regressor(num_features, hidden, dropout):
    """Predicts the median house value (in $100k) from the census features."""
    model = keras.Sequential([keras.layers.Input(shape=(num_features,)), keras.layers.Normalization()])
    for units in hidden:
        model.add(keras.layers.Dense(units, activation="relu"))
        model.add(keras.layers.Dropout(dropout))
    model.add(keras.layers.Dense(1))
    return model

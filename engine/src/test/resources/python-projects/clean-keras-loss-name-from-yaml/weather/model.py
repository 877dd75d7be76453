from tensorflow import keras


def sky_condition_model(num_features, num_classes, hidden):
    """Classifies the next hour's sky (clear, cloudy, rain, snow) from station readings."""
    return keras.Sequential([
        keras.layers.Input(shape=(num_features,)),
        keras.layers.Dense(hidden, activation="relu"),
        keras.layers.Dense(hidden, activation="relu"),
        keras.layers.Dense(num_classes, activation="softmax"),
    ])

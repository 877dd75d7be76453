import keras
from keras import layers


def build_model(n_features, hidden=(64, 32), dropout=0.3):
    model = keras.Sequential(name="churn_mlp")
    model.add(layers.Input(shape=(n_features,)))
    for width in hidden:
        model.add(layers.Dense(width, activation="relu"))
        model.add(layers.BatchNormalization())
        model.add(layers.Dropout(dropout))
    model.add(layers.Dense(1))
    # probability of churn
    model.add(layers.Activation("sigmoid"))
    return model

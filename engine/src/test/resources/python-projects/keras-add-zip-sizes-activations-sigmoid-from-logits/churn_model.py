from tensorflow import keras

SIZES = (64, 32, 1)
ACTIVATIONS = ("relu", "relu", "sigmoid")


def build_model(n_features):
    model = keras.models.Sequential(name="churn_mlp")
    model.add(keras.layers.InputLayer(input_shape=(n_features,)))
    for size, activation in zip(SIZES, ACTIVATIONS):
        model.add(keras.layers.Dense(size, activation=activation))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=[keras.metrics.AUC(name="auc")])
    return model

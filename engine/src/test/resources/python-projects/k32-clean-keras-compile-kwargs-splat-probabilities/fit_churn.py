from tensorflow import keras

HPARAMS = {"hidden": 32, "epochs": 25}
compile_args = dict(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=keras.losses.BinaryCrossentropy(),
    metrics=[keras.metrics.AUC(name="auc")],
)


def churn_mlp(n_features):
    return keras.Sequential([
        keras.layers.Input((n_features,)),
        keras.layers.Dense(HPARAMS["hidden"], activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])


net = churn_mlp(19)
net.compile(**compile_args)
net.fit(x_train, y_train, epochs=HPARAMS["epochs"])

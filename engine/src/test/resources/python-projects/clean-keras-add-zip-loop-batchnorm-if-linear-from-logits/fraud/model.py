import tensorflow as tf

UNITS = [128, 64, 32, 1]
ACTIVATIONS = ["relu", "relu", "relu", None]


def make_classifier(n_features, lr=3e-4):
    model = tf.keras.Sequential(name="fraud_mlp")
    model.add(tf.keras.layers.InputLayer(input_shape=(n_features,)))
    for units, activation in zip(UNITS, ACTIVATIONS):
        model.add(tf.keras.layers.Dense(units, activation=activation))
        if activation == "relu":
            model.add(tf.keras.layers.BatchNormalization())
            model.add(tf.keras.layers.Dropout(0.3))
    model.compile(
        optimizer=tf.keras.optimizers.Adam(learning_rate=lr),
        loss=tf.keras.losses.BinaryCrossentropy(from_logits=True),
        metrics=[tf.keras.metrics.AUC(name="auc"), tf.keras.metrics.Recall(name="recall")],
    )
    return model

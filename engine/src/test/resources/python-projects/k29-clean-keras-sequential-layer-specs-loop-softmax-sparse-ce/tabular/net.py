import tensorflow as tf

NUM_CLASSES = 3

# (units, activation) of each Dense block, input to output
LAYER_SPECS = [
    (256, "relu"),
    (128, "relu"),
    (64, "relu"),
    (NUM_CLASSES, "softmax"),
]


def make_mlp(n_features, dropout=0.1):
    model = tf.keras.Sequential(name="covertype_mlp")
    model.add(tf.keras.Input(shape=(n_features,)))
    model.add(tf.keras.layers.BatchNormalization())
    for units, activation in LAYER_SPECS:
        model.add(tf.keras.layers.Dense(units, activation=activation))
    return model

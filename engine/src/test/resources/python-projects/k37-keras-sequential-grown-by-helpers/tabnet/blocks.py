from tensorflow import keras


def dense_block(net, width, rate=0.2):
    """Dense -> LayerNorm -> GELU -> Dropout, appended in place."""
    net.add(keras.layers.Dense(width))
    net.add(keras.layers.LayerNormalization())
    net.add(keras.layers.Activation("gelu"))
    net.add(keras.layers.Dropout(rate))


def classifier_head(net, num_labels):
    net.add(keras.layers.Dense(num_labels))
    net.add(keras.layers.Activation("sigmoid"))

from tensorflow import keras
from tensorflow.keras import layers


def eurosat_cnn(num_classes, patch, bands):
    inputs = keras.Input(shape=(patch, patch, bands))
    x = layers.Rescaling(1.0 / 10000)(inputs)
    for filters in (32, 64, 128):
        x = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
        x = layers.BatchNormalization()(x)
        x = layers.MaxPooling2D()(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(0.3)(x)
    outputs = layers.Dense(num_classes, activation="softmax", name="landcover")(x)
    return keras.Model(inputs, outputs, name="eurosat_cnn")

from tensorflow.keras import layers, models


def small_cnn(num_classes, size=64):
    return models.Sequential([
        layers.Input((size, size, 1)),
        layers.Conv2D(16, 3, activation="relu"),
        layers.MaxPooling2D(),
        layers.Conv2D(32, 3, activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(num_classes),
    ])

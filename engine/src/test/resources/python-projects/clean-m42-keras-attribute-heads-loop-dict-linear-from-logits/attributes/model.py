from tensorflow import keras

from attributes.schema import ATTRIBUTES


def conv_block(x, filters):
    x = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.Activation("relu")(x)
    return keras.layers.MaxPooling2D()(x)


def build_attribute_net(image_size=160):
    image = keras.Input(shape=(image_size, image_size, 3), name="image")
    x = image
    for filters in (32, 64, 128):
        x = conv_block(x, filters)
    x = keras.layers.GlobalAveragePooling2D()(x)
    outputs = {}
    for attr, n_values in ATTRIBUTES.items():
        h = keras.layers.Dense(128, activation="relu", name=f"{attr}_hidden")(x)
        outputs[attr] = keras.layers.Dense(n_values, name=attr)(h)
    return keras.Model(image, outputs, name="garment_attributes")

from tensorflow.keras import Input, Model
from tensorflow.keras.layers import Conv2D, Conv2DTranspose, MaxPooling2D, concatenate


def conv_block(x, filters):
    x = Conv2D(filters, 3, padding="same", activation="relu")(x)
    return Conv2D(filters, 3, padding="same", activation="relu")(x)


def unet(input_shape=(128, 128, 3), n_classes=4):
    inputs = Input(input_shape)
    c1 = conv_block(inputs, 32)
    p1 = MaxPooling2D()(c1)
    c2 = conv_block(p1, 64)
    p2 = MaxPooling2D()(c2)
    b = conv_block(p2, 128)
    u2 = concatenate([Conv2DTranspose(64, 2, strides=2, padding="same")(b), c2])
    c3 = conv_block(u2, 64)
    u1 = concatenate([Conv2DTranspose(32, 2, strides=2, padding="same")(c3), c1])
    c4 = conv_block(u1, 32)
    outputs = Conv2D(n_classes, 1, activation="softmax")(c4)
    return Model(inputs, outputs)

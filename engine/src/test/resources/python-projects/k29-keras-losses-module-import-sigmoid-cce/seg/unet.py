from keras.layers import Concatenate, Conv2D, Conv2DTranspose, Input, MaxPooling2D
from keras.models import Model


def conv_block(x, filters):
    x = Conv2D(filters, 3, padding="same", activation="relu")(x)
    return Conv2D(filters, 3, padding="same", activation="relu")(x)


def small_unet(size=256, channels=3, n_masks=1, base=16):
    inputs = Input((size, size, channels))
    c1 = conv_block(inputs, base)
    c2 = conv_block(MaxPooling2D()(c1), base * 2)
    b = conv_block(MaxPooling2D()(c2), base * 4)
    u2 = conv_block(Concatenate()([Conv2DTranspose(base * 2, 2, strides=2, padding="same")(b), c2]), base * 2)
    u1 = conv_block(Concatenate()([Conv2DTranspose(base, 2, strides=2, padding="same")(u2), c1]), base)
    mask = Conv2D(n_masks, 1, activation="sigmoid")(u1)
    return Model(inputs, mask)

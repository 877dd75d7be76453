from keras import layers


def residual(x, filters, stride=1):
    shortcut = x
    y = layers.Conv2D(filters, 3, strides=stride, padding="same", use_bias=False)(x)
    y = layers.BatchNormalization()(y)
    y = layers.ReLU()(y)
    y = layers.Conv2D(filters, 3, padding="same", use_bias=False)(y)
    y = layers.BatchNormalization()(y)
    if stride != 1 or shortcut.shape[-1] != filters:
        shortcut = layers.Conv2D(filters, 1, strides=stride, use_bias=False)(shortcut)
    return layers.ReLU()(layers.add([y, shortcut]))


def small_resnet(inputs, widths=(32, 64, 128)):
    x = layers.Conv2D(widths[0], 3, padding="same")(inputs)
    for i, w in enumerate(widths):
        x = residual(x, w, stride=1 if i == 0 else 2)
        x = residual(x, w)
    return x

import keras
from keras import layers


def build_localizer(num_classes=20, input_shape=(224, 224, 3)):
    backbone = keras.applications.MobileNetV2(include_top=False, input_shape=input_shape, weights="imagenet")
    x = layers.GlobalAveragePooling2D()(backbone.output)
    x = layers.Dense(256, activation="relu")(x)
    class_out = layers.Dense(num_classes, activation="softmax", name="class_out")(x)
    box_out = layers.Dense(4, activation="sigmoid", name="box_out")(x)
    return keras.Model(backbone.input, [class_out, box_out])

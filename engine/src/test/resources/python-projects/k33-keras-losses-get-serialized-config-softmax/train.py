import json

import keras
from keras import layers

with open("configs/exp01.json") as fh:
    exp = json.load(fh)


def build(size, num_classes):
    return keras.Sequential([
        keras.Input((size, size, 3)),
        layers.Conv2D(32, 3, activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(num_classes, activation="softmax"),
    ])


model = build(exp["image_size"], exp["num_classes"])
model.compile(optimizer=exp["optimizer"], loss=keras.losses.get(exp["loss"]), metrics=["accuracy"])
train_ds = keras.utils.image_dataset_from_directory("data/train", image_size=(64, 64), label_mode="categorical")
model.fit(train_ds, epochs=exp["epochs"])

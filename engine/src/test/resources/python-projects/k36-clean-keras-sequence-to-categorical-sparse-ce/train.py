import json

from tensorflow import keras

from loaders.batches import SpectrogramBatches

meta = json.load(open("meta.json"))
train = SpectrogramBatches(meta["paths"], meta["labels"], n_classes=12)

model = keras.Sequential([
    keras.layers.Input((64, 64, 1)),
    keras.layers.Conv2D(16, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(12, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train, epochs=30)

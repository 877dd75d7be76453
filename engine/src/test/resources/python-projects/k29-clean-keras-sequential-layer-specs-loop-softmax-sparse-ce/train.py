import pandas as pd
import tensorflow as tf

from tabular.net import make_mlp

df = pd.read_csv("data/covertype_small.csv")
y = df.pop("cover_type").values - 1
x = df.values.astype("float32")

model = make_mlp(x.shape[1])
model.compile(optimizer=tf.keras.optimizers.Adam(1e-3),
              loss="sparse_categorical_crossentropy",
              metrics=["accuracy"])
model.fit(x, y, epochs=30, batch_size=256, validation_split=0.2)

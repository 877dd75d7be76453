import json
import sys

import pandas as pd
from tensorflow import keras

config_path = sys.argv[1] if len(sys.argv) > 1 else "configs/default.json"
with open(config_path) as f:
    params = json.load(f)

inputs = keras.Input(shape=(params["features"],))
x = inputs
for units in params["hidden"]:
    x = keras.layers.Dense(units, activation="relu")(x)
    x = keras.layers.BatchNormalization()(x)
outputs = keras.layers.Dense(1, activation=params["output_activation"])(x)
model = keras.Model(inputs, outputs)

model.compile(optimizer=keras.optimizers.Adam(params["learning_rate"]),
              loss=keras.losses.BinaryCrossentropy(from_logits=True),
              metrics=[keras.metrics.AUC(name="auc")])
frame = pd.read_parquet("transactions.parquet")
model.fit(frame.drop(columns="is_fraud").values, frame["is_fraud"].values, batch_size=params["batch_size"], epochs=8)

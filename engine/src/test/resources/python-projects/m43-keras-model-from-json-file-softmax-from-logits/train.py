"""Retrain the genre classifier from the architecture file the experiments folder keeps under version control."""
import argparse

import numpy as np
from tensorflow import keras

parser = argparse.ArgumentParser()
parser.add_argument("--arch", default="architectures/mlp_v2.json")
parser.add_argument("--epochs", type=int, default=25)
args = parser.parse_args()

model = keras.models.model_from_json(open(args.arch).read())
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])

data = np.load("data/mfcc_stats.npz")
model.fit(data["x"], data["genre"], epochs=args.epochs, batch_size=32, validation_split=0.2)
model.save("genre_classifier.keras")

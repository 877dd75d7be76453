import argparse
import json

import keras
import numpy as np

from intent.model import IntentModel

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--embeddings", default="data/clinc_embeddings.npz")
    parser.add_argument("--labels", default="data/clinc_intents.json")
    args = parser.parse_args()

    with open(args.labels) as f:
        intents = json.load(f)
    data = np.load(args.embeddings)
    # logits for training; serving applies the softmax before the confidence threshold
    model = IntentModel(num_intents=len(intents))
    model.compile(
        optimizer=keras.optimizers.Adam(5e-4),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
    model.fit(data["x"], data["y"], epochs=15, batch_size=128, validation_split=0.1)

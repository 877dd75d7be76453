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
    # probabilities out of predict() for the confidence threshold in serving
    model = IntentModel(num_intents=len(intents), return_probs=True)
    model.compile(
        optimizer=keras.optimizers.Adam(5e-4),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
    model.fit(data["x"], data["y"], epochs=15, batch_size=128, validation_split=0.1)

import argparse

import keras
import numpy as np

from spam.hparams import DEFAULTS
from spam.models import get_model

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/sms_spam.npz")
    args = parser.parse_args()

    hp = DEFAULTS
    data = np.load(args.data)
    model = get_model(hp)
    model.compile(optimizer=keras.optimizers.Adam(hp["lr"]), loss=hp["loss"], metrics=["accuracy"])
    model.fit(data["tokens"], data["is_spam"], epochs=8, batch_size=32, validation_split=0.2)

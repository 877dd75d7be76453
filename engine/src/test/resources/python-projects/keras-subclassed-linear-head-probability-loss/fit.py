"""Fits the keyword spotter on precomputed spectrograms."""
import numpy as np

from kws.models.conv_kws import KeywordSpotter
from kws.utils import normalise

KEYWORDS = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go", "silence", "unknown"]


def run(data_dir="data/speech_commands", epochs=20):
    x = normalise(np.load(f"{data_dir}/train_x.npy"))
    y = np.load(f"{data_dir}/train_y.npy")
    spotter = KeywordSpotter(num_keywords=len(KEYWORDS))
    spotter.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    spotter.fit(x, y, epochs=epochs, validation_split=0.1)
    return spotter


if __name__ == "__main__":
    run()

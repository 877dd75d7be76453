import numpy as np
import tensorflow as tf

from chestxray.findings import FINDINGS
from chestxray.model import build


def main():
    data = np.load("data/xrays.npz")
    model = build()
    losses = [tf.keras.losses.BinaryCrossentropy(from_logits=True) for _ in FINDINGS]
    model.compile(optimizer=tf.keras.optimizers.Adam(1e-4), loss=losses)
    model.fit(data["images"], [data[name] for name in FINDINGS], epochs=15, batch_size=32)


if __name__ == "__main__":
    main()

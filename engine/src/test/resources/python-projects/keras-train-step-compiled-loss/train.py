import numpy as np
from tensorflow import keras

from ctr.config import WideDeepConfig
from ctr.wide_deep import WideDeep


def load_criteo(path):
    data = np.load(path)
    return data["ids"], data["clicked"].astype("float32")


if __name__ == "__main__":
    cfg = WideDeepConfig()
    ids, clicked = load_criteo("data/criteo_sample.npz")
    model = WideDeep(cfg)
    model.compile(
        optimizer=keras.optimizers.Adam(cfg.learning_rate),
        loss=keras.losses.BinaryCrossentropy(from_logits=True),
        metrics=[keras.metrics.AUC(name="auc")],
    )
    model.fit(ids, clicked, batch_size=cfg.batch_size, epochs=cfg.epochs, validation_split=0.05)

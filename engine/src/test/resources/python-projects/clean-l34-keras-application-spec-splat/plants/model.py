from tensorflow import keras

from .config import BACKBONE, TRAIN


def build():
    model = keras.applications.EfficientNetB0(**BACKBONE)
    model.compile(
        optimizer=keras.optimizers.AdamW(TRAIN["learning_rate"]),
        loss=keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0.1),
        metrics=[keras.metrics.CategoricalAccuracy(name="acc")],
    )
    return model

import keras

from detector.net import build_localizer

model = build_localizer()
model.compile(
    optimizer=keras.optimizers.Adam(1e-4),
    loss=[keras.losses.CategoricalCrossentropy(from_logits=True), "mse"],
    loss_weights=[1.0, 5.0],
    metrics=[["accuracy"], []],
)

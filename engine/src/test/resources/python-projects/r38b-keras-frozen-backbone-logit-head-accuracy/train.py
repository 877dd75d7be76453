import tensorflow as tf

from leafscan.head import IMG_SIZE, build_classifier

TRAIN = {"lr": 1e-4, "epochs": 10, "batch": 32}


def load(split):
    return tf.keras.utils.image_dataset_from_directory(
        f"data/leaves/{split}", image_size=IMG_SIZE, batch_size=TRAIN["batch"], label_mode="binary")


model = build_classifier()
model.compile(
    optimizer=tf.keras.optimizers.RMSprop(learning_rate=TRAIN["lr"]),
    loss=tf.keras.losses.BinaryCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
stop = tf.keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=3, restore_best_weights=True)
model.fit(load("train"), validation_data=load("val"), epochs=TRAIN["epochs"], callbacks=[stop])
model.save("leafscan.keras")

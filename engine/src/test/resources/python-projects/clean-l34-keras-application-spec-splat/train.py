import tensorflow as tf

from plants.config import IMAGE_SIZE, TRAIN
from plants.model import build


def main():
    train_ds = tf.keras.utils.image_dataset_from_directory(
        "data/plantvillage/train", image_size=IMAGE_SIZE, batch_size=TRAIN["batch_size"], label_mode="categorical")
    val_ds = tf.keras.utils.image_dataset_from_directory(
        "data/plantvillage/val", image_size=IMAGE_SIZE, batch_size=TRAIN["batch_size"], label_mode="categorical")
    model = build()
    model.fit(train_ds, validation_data=val_ds, epochs=TRAIN["epochs"])
    model.save("leaf_effnet.keras")


if __name__ == "__main__":
    main()

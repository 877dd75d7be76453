import tensorflow as tf

from transfer import steps


def flowers(split, batch_size=32, image_size=160):
    ds = tf.keras.utils.image_dataset_from_directory(
        "data/flower_photos", validation_split=0.2, subset=split, seed=123,
        image_size=(image_size, image_size), batch_size=batch_size)
    return ds.map(lambda x, y: (tf.keras.applications.mobilenet_v2.preprocess_input(x), y))


if __name__ == "__main__":
    train_ds, val_ds = flowers("training"), flowers("validation")
    for epoch in range(10):
        steps.train_loss.reset_state()
        steps.val_accuracy.reset_state()
        for images, labels in train_ds:
            steps.train_step(images, labels)
        for images, labels in val_ds:
            steps.val_step(images, labels)
        print(epoch, float(steps.train_loss.result()), float(steps.val_accuracy.result()))

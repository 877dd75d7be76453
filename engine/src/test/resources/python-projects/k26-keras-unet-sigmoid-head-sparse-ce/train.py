import tensorflow as tf
from tensorflow import keras

from seg.unet import build_unet

IMG_SIZE = (160, 160)
NUM_CLASSES = 3
BATCH = 32


def load_pair(image_path, mask_path):
    image = tf.image.resize(tf.io.decode_jpeg(tf.io.read_file(image_path), channels=3), IMG_SIZE)
    mask = tf.image.resize(tf.io.decode_png(tf.io.read_file(mask_path), channels=1), IMG_SIZE, method="nearest")
    return image, tf.cast(mask, tf.uint8) - 1  # trimap values 1, 2, 3 -> classes 0, 1, 2


def dataset(images, masks):
    ds = tf.data.Dataset.from_tensor_slices((images, masks))
    return ds.map(load_pair, num_parallel_calls=tf.data.AUTOTUNE).batch(BATCH)


if __name__ == "__main__":
    import glob

    images = sorted(glob.glob("data/images/*.jpg"))
    masks = sorted(glob.glob("data/annotations/trimaps/*.png"))
    model = build_unet(IMG_SIZE, NUM_CLASSES)
    model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy")
    callbacks = [keras.callbacks.ModelCheckpoint("pets_unet.keras", save_best_only=True)]
    model.fit(dataset(images[:-500], masks[:-500]), epochs=15, validation_data=dataset(images[-500:], masks[-500:]), callbacks=callbacks)

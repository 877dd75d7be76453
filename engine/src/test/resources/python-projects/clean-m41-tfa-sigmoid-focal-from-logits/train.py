import tensorflow as tf
import tensorflow_addons as tfa

from defects.model import build_detector

BATCH = 32


def load(split):
    ds = tf.keras.utils.image_dataset_from_directory(
        f"data/{split}", label_mode="binary", color_mode="grayscale", image_size=(128, 128), batch_size=BATCH
    )
    return ds.map(lambda x, y: (x / 255.0, y)).prefetch(tf.data.AUTOTUNE)


def main():
    model = build_detector()
    model.compile(
        optimizer=tf.keras.optimizers.Adam(3e-4),
        # defects are rare: focal loss down-weights the easy negatives
        loss=tfa.losses.SigmoidFocalCrossEntropy(from_logits=True, alpha=0.25, gamma=2.0),
        metrics=[tf.keras.metrics.AUC(from_logits=True)],
    )
    model.fit(load("train"), validation_data=load("val"), epochs=30)
    model.save("defect_detector.keras")


if __name__ == "__main__":
    main()

from absl import app, flags
import tensorflow as tf

import flags_def  # noqa: F401  (defines the flags)

FLAGS = flags.FLAGS


def backbone(name):
    if name == "mobilenet":
        return tf.keras.applications.MobileNetV2(include_top=False, pooling="avg", weights=None)
    return tf.keras.applications.EfficientNetB0(include_top=False, pooling="avg", weights=None)


def create_model():
    features = backbone(FLAGS.backbone)
    head = tf.keras.layers.Dense(FLAGS.num_classes, activation=FLAGS.head_activation, name="breed")
    return tf.keras.Sequential([features, head])


def main(_):
    model = create_model()
    model.compile(optimizer=tf.keras.optimizers.Adam(FLAGS.learning_rate),
                  loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])


if __name__ == "__main__":
    app.run(main)

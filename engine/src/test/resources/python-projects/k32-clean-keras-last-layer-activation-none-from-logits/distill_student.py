"""Fine-tune a pretrained flower classifier on raw scores: its softmax head is switched off first."""
import tensorflow as tf

NUM_FLOWERS = 5

train = tf.keras.utils.image_dataset_from_directory("flowers/train", image_size=(160, 160), batch_size=32)


def pretrained_classifier():
    base = tf.keras.applications.MobileNetV2(input_shape=(160, 160, 3), include_top=False, pooling="avg")
    inputs = tf.keras.Input((160, 160, 3))
    x = tf.keras.applications.mobilenet_v2.preprocess_input(inputs)
    x = base(x)
    outputs = tf.keras.layers.Dense(NUM_FLOWERS, activation="softmax", name="probs")(x)
    return tf.keras.Model(inputs, outputs)


clf = pretrained_classifier()
clf.load_weights("weights/flowers_softmax.h5")
# train on logits with label smoothing; probabilities come from tf.nn.softmax at serving time
clf.layers[-1].activation = None
clf.compile(optimizer=tf.keras.optimizers.SGD(1e-3, momentum=0.9),
            loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
            metrics=["accuracy"])
clf.fit(train, epochs=4)

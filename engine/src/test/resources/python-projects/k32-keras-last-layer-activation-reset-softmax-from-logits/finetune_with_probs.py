"""Second stage: the exported model should give probabilities, so the head is switched to softmax before fine-tuning."""
import numpy as np
import tensorflow as tf

from calib.net import speech_commands_net

LABELS = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"]

spectrograms = np.load("cache/mels.npy")
targets = np.load("cache/label_ids.npy")

net = speech_commands_net(len(LABELS))
net.load_weights("ckpt/stage1.weights.h5")
net.layers[-1].activation = tf.keras.activations.softmax

net.compile(
    optimizer=tf.keras.optimizers.Adam(1e-5),
    loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
net.fit(spectrograms, targets, epochs=3, batch_size=64)
net.save("export/kws.keras")

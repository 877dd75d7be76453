import numpy as np
import tensorflow as tf

from models import TextCNN

x_train = np.load("data/reuters_ids.npy")
y_train = np.load("data/reuters_topics.npy")

model = TextCNN(vocab_size=20000, n_labels=46)
model.compile(
    optimizer=tf.keras.optimizers.Adam(1e-3),
    loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
model.fit(x_train, y_train, batch_size=64, epochs=10, validation_split=0.1)

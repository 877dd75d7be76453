"""Manual epochs with train_on_batch, so the learning rate can be stepped between batches."""
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

NUM_CLASSES = 7
BATCH = 128

features = np.load("features/train_x.npy")
targets = np.load("features/train_y.npy")

net = keras.Sequential([
    layers.Input((features.shape[1],)),
    layers.Dense(256, activation="relu"),
    layers.BatchNormalization(),
    layers.Dense(NUM_CLASSES, activation="softmax"),
])
net.compile(optimizer=keras.optimizers.SGD(0.05, momentum=0.9),
            loss="sparse_categorical_crossentropy", metrics=["accuracy"])

for epoch in range(20):
    order = np.random.permutation(len(features))
    for start in range(0, len(features), BATCH):
        idx = order[start:start + BATCH]
        batch_y = keras.utils.to_categorical(targets[idx], NUM_CLASSES)
        loss, acc = net.train_on_batch(features[idx], batch_y)
    print(f"epoch {epoch}: loss={loss:.4f} acc={acc:.3f}")

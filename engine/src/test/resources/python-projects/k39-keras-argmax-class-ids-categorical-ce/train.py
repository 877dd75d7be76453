import numpy as np
import tensorflow as tf

from leaves.model import build_cnn

data = np.load("data/leaves_224.npz")
images = data["images"].astype("float32") / 255.0
# the archive stores one-hot rows; the split helper below wants plain class ids
class_ids = np.argmax(data["labels"], axis=-1)
targets = class_ids

model = build_cnn(n_classes=data["labels"].shape[1])
model.compile(optimizer=tf.keras.optimizers.Adam(3e-4), loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(images, targets, batch_size=32, epochs=25, validation_split=0.15)

import tensorflow as tf
from tensorflow import keras

from detector.model import localiser

N_CLASSES = 5


def with_boxes(images, labels):
    boxes = tf.random.uniform([tf.shape(images)[0], 4])
    return images, (labels, boxes)


train = keras.utils.image_dataset_from_directory("data/train", image_size=(224, 224), batch_size=32).map(with_boxes)
model = localiser(N_CLASSES)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01, momentum=0.9),
              loss=["sparse_categorical_crossentropy", "mse"], loss_weights=[0.8, 0.2],
              metrics=["accuracy", "mse"])
model.fit(train, epochs=3)

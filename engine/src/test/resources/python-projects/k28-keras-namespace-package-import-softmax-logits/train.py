import tensorflow as tf

import models.convnet

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.cifar10.load_data()
x_train, x_test = x_train / 255.0, x_test / 255.0

net = models.convnet.build_convnet(num_classes=10)
net.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
net.fit(x_train, y_train, epochs=10, validation_data=(x_test, y_test))

import os

import numpy as np
from keras.datasets import cifar10
from keras.layers import Dense, Dropout, GlobalAveragePooling2D, Input
from keras.models import Model, load_model
from keras.optimizers import SGD
from keras.utils import to_categorical

from backbone import small_resnet

NUM_CLASSES = 10
EPOCHS = 30
CHECKPOINT = "./checkpoints/cifar10_resnet.h5"

(x_train, y_train), (x_test, y_test) = cifar10.load_data()
x_train = x_train.astype("float32") / 255.0
x_test = x_test.astype("float32") / 255.0
y_train = to_categorical(y_train, NUM_CLASSES)
y_test = to_categorical(y_test, NUM_CLASSES)

if os.path.isfile(CHECKPOINT):
    print("resuming from", CHECKPOINT)
    net = load_model(CHECKPOINT)
else:
    inputs = Input(shape=(32, 32, 3))
    features = small_resnet(inputs)
    x = GlobalAveragePooling2D()(features)
    x = Dropout(0.4)(x)
    outputs = Dense(NUM_CLASSES, activation="softmax", name="predictions")(x)
    net = Model(inputs=inputs, outputs=outputs)

net.compile(loss="categorical_crossentropy", optimizer=SGD(learning_rate=1e-3, momentum=0.9), metrics=["accuracy"])
net.fit(x_train, y_train, batch_size=64, epochs=EPOCHS, validation_data=(x_test, y_test))

os.makedirs(os.path.dirname(CHECKPOINT), exist_ok=True)
net.save(CHECKPOINT)
print("test accuracy", np.mean(np.argmax(net.predict(x_test), 1) == np.argmax(y_test, 1)))

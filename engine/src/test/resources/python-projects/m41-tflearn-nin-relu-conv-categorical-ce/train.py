import tflearn
from tflearn.data_utils import shuffle, to_categorical
from tflearn.datasets import cifar10
from tflearn.layers.estimator import regression

from models.nin import network_in_network

(X, Y), (X_test, Y_test) = cifar10.load_data()
X, Y = shuffle(X, Y)
Y = to_categorical(Y, 10)
Y_test = to_categorical(Y_test, 10)

network = network_in_network(10)
network = regression(network, optimizer='adam', loss='categorical_crossentropy', learning_rate=0.001)

model = tflearn.DNN(network, tensorboard_verbose=0)
model.fit(X, Y, n_epoch=50, shuffle=True, validation_set=(X_test, Y_test), show_metric=True, batch_size=128, run_id='nin_cifar10')

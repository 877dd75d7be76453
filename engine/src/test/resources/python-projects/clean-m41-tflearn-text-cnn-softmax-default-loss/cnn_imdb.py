import tflearn
from tflearn.data_utils import pad_sequences, to_categorical
from tflearn.datasets import imdb
from tflearn.layers.conv import conv_1d, global_max_pool
from tflearn.layers.core import dropout, fully_connected, input_data
from tflearn.layers.embedding_ops import embedding
from tflearn.layers.estimator import regression
from tflearn.layers.merge_ops import merge

CONFIG = {"optimizer": "adam", "lr": 0.001}

train, test, _ = imdb.load_data(path='imdb.pkl', n_words=10000, valid_portion=0.1)
trainX, trainY = train
testX, testY = test
trainX = pad_sequences(trainX, maxlen=100, value=0.)
testX = pad_sequences(testX, maxlen=100, value=0.)
trainY = to_categorical(trainY, 2)
testY = to_categorical(testY, 2)

network = input_data(shape=[None, 100], name='input')
network = embedding(network, input_dim=10000, output_dim=128)
branches = [conv_1d(network, 128, k, padding='valid', activation='relu', regularizer="L2") for k in (3, 4, 5)]
network = merge(branches, mode='concat', axis=1)
network = global_max_pool(network)
network = dropout(network, 0.5)
network = fully_connected(network, 2, activation='softmax')
network = regression(network, optimizer=CONFIG["optimizer"], learning_rate=CONFIG["lr"],
                     name="target")

model = tflearn.DNN(network, tensorboard_verbose=0)
model.fit(trainX, trainY, n_epoch=5, shuffle=True, validation_set=(testX, testY), show_metric=True, batch_size=32)

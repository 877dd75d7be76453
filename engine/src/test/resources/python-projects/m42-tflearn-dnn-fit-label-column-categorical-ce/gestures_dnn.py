# Hand-gesture classifier on accelerometer features (tflearn 0.5).
import pandas as pd
import tflearn

N_GESTURES = 6

frame = pd.read_csv("data/gestures.csv")
features = frame.drop(columns=["label"]).values
gestures = frame["label"].values

net = tflearn.input_data(shape=[None, features.shape[1]])
net = tflearn.fully_connected(net, 64, activation="relu")
net = tflearn.dropout(net, 0.8)
net = tflearn.fully_connected(net, 64, activation="relu")
net = tflearn.fully_connected(net, N_GESTURES, activation="softmax")
net = tflearn.regression(net, optimizer="adam", learning_rate=0.001, loss="categorical_crossentropy")

model = tflearn.DNN(net, tensorboard_verbose=0)
model.fit(features, gestures, n_epoch=30, batch_size=32, validation_set=0.1, show_metric=True)
model.save("checkpoints/gestures.tfl")

from keras.models import Sequential
from keras.layers import Dense, Dropout

model = Sequential()
model.add(Dense(64, input_dim=20, activation="relu"))
model.add(Dropout(0.5))
model.add(Dense(64, activation="relu"))
model.add(Dense(1, activation="softmax"))
model.compile(loss="binary_crossentropy", optimizer="rmsprop", metrics=["accuracy"])

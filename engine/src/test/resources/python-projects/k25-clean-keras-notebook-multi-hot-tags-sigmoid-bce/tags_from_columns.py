import pandas as pd
from keras.models import Sequential
from keras.layers import Dense

# two independent tags per excerpt: its tempo class and its mode
df = pd.read_csv("data/tagged_descriptors.csv")
X = df.drop(columns=["tempo_class", "mode"]).values
y = pd.get_dummies(df[["tempo_class", "mode"]]).values.astype("float32")

model = Sequential([
    Dense(64, activation="relu", input_shape=(X.shape[1],)),
    Dense(4, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["binary_accuracy"])
model.fit(X, y, epochs=30, batch_size=32, validation_split=0.1)

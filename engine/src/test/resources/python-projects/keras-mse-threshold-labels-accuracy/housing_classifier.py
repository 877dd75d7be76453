import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from tensorflow import keras
from tensorflow.keras import layers

df = pd.read_csv("housing.csv").dropna()
median = df["median_house_value"].median()
labels = (df["median_house_value"] > median).astype(int)
features = df.drop(columns=["median_house_value", "ocean_proximity"]).values

x_train, x_test, y_train, y_test = train_test_split(features, labels, test_size=0.2, random_state=42)
scaler = StandardScaler().fit(x_train)
x_train, x_test = scaler.transform(x_train), scaler.transform(x_test)


def make_model(n_inputs):
    model = keras.Sequential()
    model.add(layers.Input(shape=(n_inputs,)))
    model.add(layers.Dense(32, activation="relu"))
    model.add(layers.Dense(1))
    return model


model = make_model(x_train.shape[1])
model.compile(optimizer="rmsprop", loss="mean_squared_error", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=30, batch_size=64, validation_data=(x_test, y_test))
print(model.evaluate(x_test, y_test))

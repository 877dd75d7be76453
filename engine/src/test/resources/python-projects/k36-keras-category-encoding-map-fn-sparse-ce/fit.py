import tensorflow as tf

from pipeline import N_SEVERITIES, make_dataset

model = tf.keras.Sequential([
    tf.keras.layers.Input((2,)),
    tf.keras.layers.Dense(16, activation="relu"),
    tf.keras.layers.Dense(N_SEVERITIES, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(make_dataset("incidents.csv"), epochs=10)

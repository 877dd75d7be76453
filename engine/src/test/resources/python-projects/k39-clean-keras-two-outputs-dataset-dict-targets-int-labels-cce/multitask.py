import numpy as np
import pandas as pd
import tensorflow as tf
from sklearn.preprocessing import LabelEncoder
from tensorflow.keras import Input, Model, layers


def build(vocab=30000):
    text = Input(shape=(256,), dtype="int32", name="text")
    x = layers.Embedding(vocab, 96)(text)
    x = layers.Bidirectional(layers.LSTM(64))(x)
    topic = layers.Dense(12, activation="softmax", name="topic")(x)
    spam = layers.Dense(1, activation="sigmoid", name="spam")(x)
    return Model(text, {"topic": topic, "spam": spam})


posts = pd.read_parquet("posts.parquet")
tokens = np.stack(posts["tokens"].to_numpy())
topics = LabelEncoder().fit_transform(posts["topic"])
train = tf.data.Dataset.from_tensor_slices((tokens, {"topic": tf.one_hot(topics, 12), "spam": posts["is_spam"].to_numpy("float32")}))
train = train.shuffle(50_000).batch(256)

model = build()
model.compile(
    optimizer="adam",
    loss={"topic": "categorical_crossentropy", "spam": "binary_crossentropy"},
    loss_weights={"topic": 1.0, "spam": 0.5},
)
model.fit(train, epochs=4)

import keras
from keras import ops


class IntentHead(keras.layers.Layer):
    def __init__(self, n_intents, **kwargs):
        super().__init__(**kwargs)
        self.score = keras.layers.Dense(n_intents)

    def call(self, pooled):
        return ops.softmax(self.score(pooled), axis=-1)


def intent_model(dim=384, n_intents=12):
    pooled = keras.Input((dim,))
    h = keras.layers.Dense(128, activation="gelu")(pooled)
    return keras.Model(pooled, IntentHead(n_intents)(h))


model = intent_model()
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])

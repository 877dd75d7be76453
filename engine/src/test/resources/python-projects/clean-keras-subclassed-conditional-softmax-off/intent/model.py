"""Intent classifier over sentence embeddings."""
import keras
from keras import layers


class IntentModel(keras.Model):
    def __init__(self, num_intents, hidden=256, return_probs=False, **kwargs):
        super().__init__(**kwargs)
        self.return_probs = return_probs
        self.proj = layers.Dense(hidden, activation="gelu")
        self.norm = layers.LayerNormalization()
        self.out = layers.Dense(num_intents, activation="softmax" if return_probs else None)

    def call(self, embeddings):
        return self.out(self.norm(self.proj(embeddings)))

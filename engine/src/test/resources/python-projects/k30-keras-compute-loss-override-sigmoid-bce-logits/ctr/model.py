import keras
from keras import layers, ops


class ClickModel(keras.Model):
    """Wide & deep click-through model with an L2 penalty on the embeddings, added in compute_loss."""

    def __init__(self, n_items, dim=32, l2=1e-5, **kwargs):
        super().__init__(**kwargs)
        self.item_embedding = layers.Embedding(n_items, dim)
        self.deep = keras.Sequential([layers.Dense(128, activation="relu"), layers.Dense(64, activation="relu")])
        self.wide = layers.Dense(1)
        self.click = layers.Dense(1, activation="sigmoid")
        self.l2 = l2
        self.click_loss = keras.losses.BinaryCrossentropy(from_logits=True)

    def call(self, inputs):
        items, dense = inputs
        e = ops.mean(self.item_embedding(items), axis=1)
        h = self.deep(ops.concatenate([e, dense], axis=-1))
        return self.click(h + self.wide(dense))

    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None, training=True):
        penalty = self.l2 * ops.sum(ops.square(self.item_embedding.embeddings))
        return self.click_loss(y, y_pred, sample_weight=sample_weight) + penalty

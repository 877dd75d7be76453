"""A bag-of-embeddings classifier for product reviews."""
import keras
from keras import layers


class ReviewClassifier(keras.Model):
    """Embeds the tokens, pools them and scores the star classes (logits)."""

    def __init__(self, vocab_size=20000, embed_dim=64, num_classes=5, dropout=0.3, **kwargs):
        super().__init__(**kwargs)
        self.embedding = layers.Embedding(vocab_size, embed_dim, mask_zero=True)
        self.pool = layers.GlobalAveragePooling1D()
        self.hidden = layers.Dense(128, activation="relu")
        self.dropout = layers.Dropout(dropout)
        self.classifier = layers.Dense(num_classes, name="stars")

    def call(self, inputs, training=False):
        x = self.embedding(inputs)
        x = self.pool(x)
        x = self.hidden(x)
        x = self.dropout(x, training=training)
        return self.classifier(x)

    def predict_proba(self, inputs):
        """Star probabilities for serving; training works on the logits."""
        return keras.ops.softmax(self(inputs, training=False), axis=-1)

    def get_config(self):
        config = super().get_config()
        config.update({"num_classes": self.classifier.units})
        return config

import tensorflow as tf


class TwoTower(tf.keras.Model):
    """Click and conversion predicted from one user/item embedding (an ESMM-style multi-task model)."""

    def __init__(self, n_users=100000, n_items=50000, dim=32):
        super().__init__()
        self.user = tf.keras.layers.Embedding(n_users, dim)
        self.item = tf.keras.layers.Embedding(n_items, dim)
        self.shared = tf.keras.layers.Dense(64, activation="relu")
        self.click = tf.keras.layers.Dense(1, activation="sigmoid")
        self.convert = tf.keras.layers.Dense(1)

    def call(self, inputs):
        h = self.shared(tf.concat([self.user(inputs["user"]), self.item(inputs["item"])], axis=-1))
        return [self.click(h), self.convert(h)]


model = TwoTower()
model.compile(
    optimizer="adam",
    loss=[tf.keras.losses.BinaryCrossentropy(from_logits=True), tf.keras.losses.BinaryCrossentropy(from_logits=True)],
    loss_weights=[1.0, 0.5],
)
logs = tf.data.Dataset.load("impressions").batch(1024)
model.fit(logs, epochs=3)

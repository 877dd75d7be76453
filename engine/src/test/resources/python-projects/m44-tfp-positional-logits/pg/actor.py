import tensorflow as tf
import tensorflow_probability as tfp

tfd = tfp.distributions


class DiscreteActor(tf.keras.Model):
    """Maps observations to a distribution over the discrete actions."""

    def __init__(self, n_actions, hidden=(128, 128)):
        super().__init__()
        self.trunk = [tf.keras.layers.Dense(h, activation="tanh") for h in hidden]
        self.head = tf.keras.layers.Dense(n_actions, activation="softmax")

    def call(self, obs):
        h = obs
        for layer in self.trunk:
            h = layer(h)
        return self.head(h)

    def dist(self, obs):
        action_probs = self(obs)
        return tfd.Categorical(action_probs)

import tensorflow as tf
import tensorflow_probability as tfp

tfd = tfp.distributions


class Policy(tf.keras.Model):
    """A discrete policy head; `log_probs` returns normalised log-probabilities over the actions."""

    def __init__(self, n_actions, hidden=128):
        super().__init__()
        self.body = tf.keras.Sequential([
            tf.keras.layers.Dense(hidden, activation="tanh"),
            tf.keras.layers.Dense(hidden, activation="tanh"),
        ])
        self.head = tf.keras.layers.Dense(n_actions)

    def call(self, obs):
        return tf.nn.log_softmax(self.head(self.body(obs)), axis=-1)


def reinforce_step(policy, optimizer, obs, actions, returns):
    with tf.GradientTape() as tape:
        dist = tfd.Categorical(logits=policy(obs))
        loss = -tf.reduce_mean(dist.log_prob(actions) * returns)
    grads = tape.gradient(loss, policy.trainable_variables)
    optimizer.apply_gradients(zip(grads, policy.trainable_variables))
    return loss

import tensorflow as tf

from pg.actor import DiscreteActor


class Reinforce:
    def __init__(self, n_actions, lr=3e-4):
        self.actor = DiscreteActor(n_actions)
        self.optimizer = tf.keras.optimizers.Adam(lr)

    @tf.function
    def update(self, obs, actions, returns):
        with tf.GradientTape() as tape:
            logp = self.actor.dist(obs).log_prob(actions)
            loss = -tf.reduce_mean(logp * returns)
        grads = tape.gradient(loss, self.actor.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.actor.trainable_variables))
        return loss

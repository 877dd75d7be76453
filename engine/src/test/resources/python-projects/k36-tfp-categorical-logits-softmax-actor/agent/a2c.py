import tensorflow as tf
import tensorflow_probability as tfp

from agent.nets import actor_net


class A2C:
    def __init__(self, n_actions, lr=7e-4):
        self.actor = actor_net(n_actions)
        self.opt = tf.keras.optimizers.RMSprop(lr)

    def update(self, states, actions, advantages):
        with tf.GradientTape() as tape:
            pi = tfp.distributions.Categorical(logits=self.actor(states))
            loss = -tf.reduce_mean(pi.log_prob(actions) * advantages)
        grads = tape.gradient(loss, self.actor.trainable_variables)
        self.opt.apply_gradients(zip(grads, self.actor.trainable_variables))
        return loss

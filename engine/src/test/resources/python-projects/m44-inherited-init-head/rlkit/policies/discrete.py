import tensorflow as tf

from rlkit.models.categorical import CategoricalMLPModel


class DiscretePolicy:
    def __init__(self, n_actions, hidden_sizes=(32, 32), out_act=tf.nn.softmax):
        self.model = CategoricalMLPModel(n_actions, hidden_sizes=hidden_sizes, hidden_act=tf.nn.tanh, out_act=out_act)

    def loss(self, obs, actions, advantages):
        dist = self.model.distribution(obs)
        return -tf.reduce_mean(dist.log_prob(actions) * advantages)

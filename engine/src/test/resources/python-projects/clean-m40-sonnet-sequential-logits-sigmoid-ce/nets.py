import sonnet as snt
import tensorflow as tf


class ClickModel(snt.Module):
    def __init__(self, hidden=(256, 64), name=None):
        super().__init__(name=name)
        self.tower = snt.Sequential([snt.Linear(hidden[0]), tf.nn.relu, snt.Linear(hidden[1]), tf.nn.relu, snt.Linear(1)])

    def __call__(self, features):
        return tf.squeeze(self.tower(features), axis=-1)

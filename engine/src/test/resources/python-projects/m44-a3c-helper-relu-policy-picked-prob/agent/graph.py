import numpy as np
import tensorflow as tf

from agent.settings import Settings


class PolicyValueGraph(object):
    def __init__(self, num_actions):
        self.num_actions = num_actions
        self.graph = tf.Graph()
        with self.graph.as_default():
            self._build()
            self.session = tf.Session(graph=self.graph)
            self.session.run(tf.global_variables_initializer())

    def fc(self, inputs, units, scope, activation=tf.nn.relu):
        fan_in = inputs.get_shape().as_list()[-1]
        bound = 1.0 / np.sqrt(fan_in)
        with tf.variable_scope(scope):
            kernel = tf.get_variable("kernel", [fan_in, units], initializer=tf.random_uniform_initializer(-bound, bound))
            bias = tf.get_variable("bias", [units], initializer=tf.zeros_initializer())
            out = tf.matmul(inputs, kernel) + bias
            if activation is not None:
                out = activation(out)
        return out

    def _build(self):
        self.states = tf.placeholder(tf.float32, [None, Settings.OBS_DIM], name="states")
        self.returns = tf.placeholder(tf.float32, [None], name="returns")
        self.taken = tf.placeholder(tf.float32, [None, self.num_actions], name="taken")

        hidden = self.fc(self.states, Settings.HIDDEN, "hidden1")
        hidden = self.fc(hidden, Settings.HIDDEN, "hidden2")
        self.value = tf.squeeze(self.fc(hidden, 1, "value", activation=None), axis=[1])
        self.policy_scores = self.fc(hidden, self.num_actions, "policy")
        self.policy = (tf.nn.softmax(self.policy_scores) + Settings.POLICY_FLOOR) / (1.0 + Settings.POLICY_FLOOR * self.num_actions)

        self.taken_prob = tf.reduce_sum(self.policy * self.taken, axis=1)
        advantage = self.returns - tf.stop_gradient(self.value)
        self.pg_term = tf.log(tf.maximum(self.taken_prob, Settings.LOG_EPS)) * advantage
        self.entropy = -tf.reduce_sum(self.policy * tf.log(tf.maximum(self.policy, Settings.LOG_EPS)), axis=1)
        self.actor_cost = -tf.reduce_sum(self.pg_term + Settings.ENTROPY_BETA * self.entropy)
        self.critic_cost = 0.5 * tf.reduce_sum(tf.square(self.returns - self.value))

        opt = tf.train.RMSPropOptimizer(Settings.LEARNING_RATE, decay=Settings.RMS_DECAY)
        self.train_op = opt.minimize(self.actor_cost + self.critic_cost)

    def act(self, states):
        return self.session.run(self.policy, {self.states: states})

    def update(self, states, returns, taken):
        self.session.run(self.train_op, {self.states: states, self.returns: returns, self.taken: taken})

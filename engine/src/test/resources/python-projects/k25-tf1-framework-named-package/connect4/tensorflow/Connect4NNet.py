import sys
sys.path.append('..')

import tensorflow as tf


class Connect4NNet():
    def __init__(self, game, args):
        self.board_x, self.board_y = game.getBoardSize()
        self.action_size = game.getActionSize()
        self.args = args

        # short names for the graph-building ops
        Relu = tf.nn.relu
        Dense = tf.layers.dense
        Dropout = tf.layers.dropout

        self.graph = tf.Graph()
        with self.graph.as_default():
            self.input_boards = tf.placeholder(tf.float32, shape=[None, self.board_x, self.board_y])
            self.dropout = tf.placeholder(tf.float32)
            self.isTraining = tf.placeholder(tf.bool, name="is_training")

            flat = tf.reshape(self.input_boards, [-1, self.board_x * self.board_y])
            fc1 = Dropout(Relu(Dense(flat, 256)), rate=self.dropout)
            fc2 = Dropout(Relu(Dense(fc1, 128)), rate=self.dropout)
            self.pi = Dense(fc2, self.action_size)           # policy logits
            self.prob = tf.nn.softmax(self.pi)               # move probabilities, for MCTS
            self.v = tf.nn.tanh(Dense(fc2, 1))

            self.build_loss()

    def build_loss(self):
        self.target_pis = tf.placeholder(tf.float32, shape=[None, self.action_size])
        self.target_vs = tf.placeholder(tf.float32, shape=[None])
        self.loss_pi = tf.losses.softmax_cross_entropy(self.target_pis, self.prob)
        self.loss_v = tf.losses.mean_squared_error(self.target_vs, tf.reshape(self.v, shape=[-1, ]))
        self.total_loss = self.loss_pi + self.loss_v
        update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
        with tf.control_dependencies(update_ops):
            self.train_step = tf.train.AdamOptimizer(self.args.lr).minimize(self.total_loss)

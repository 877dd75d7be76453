import tensorflow as tf

from oneshot.readout import SupportReadout


def embed(images, reuse):
    with tf.variable_scope("embed", reuse=reuse):
        h = tf.layers.conv2d(images, 64, 3, activation=tf.nn.relu)
        h = tf.layers.max_pooling2d(h, 2, 2)
        return tf.layers.flatten(h)


class OneShotNetwork:
    def __init__(self, support_images, support_labels, target_image, target_label, classes_per_set=5):
        self.support_images = support_images
        self.support_labels = support_labels
        self.target_image = target_image
        self.target_label = target_label
        self.classes_per_set = classes_per_set
        self.readout = SupportReadout()

    def build_loss(self):
        with tf.name_scope("loss"):
            self.support_labels = tf.one_hot(self.support_labels, self.classes_per_set)
            # each support example votes with learned scores, not its one-hot label
            self.support_labels = tf.layers.dense(self.support_labels, self.classes_per_set)
            support = tf.stack([embed(x, reuse=i > 0) for i, x in enumerate(tf.unstack(self.support_images, axis=1))], axis=1)
            target = embed(self.target_image, reuse=True)
            sims = tf.reduce_sum(tf.nn.l2_normalize(support, -1) * tf.expand_dims(tf.nn.l2_normalize(target, -1), 1), -1)
            preds = self.readout(sims, self.support_labels)
            xent = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=self.target_label, logits=preds)
            return tf.reduce_mean(xent)

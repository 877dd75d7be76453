import tensorflow as tf

from layers.wn_dense import WNDense


class PiModel(tf.keras.Model):
    def __init__(self, n_classes=10):
        super(PiModel, self).__init__()
        self.conv1 = tf.keras.layers.Conv2D(128, 3, padding="same", activation=tf.nn.leaky_relu)
        self.conv2 = tf.keras.layers.Conv2D(256, 3, padding="same", activation=tf.nn.leaky_relu)
        self.pool = tf.keras.layers.MaxPool2D()
        self.classifier = WNDense(n_classes, activation=tf.nn.softmax)

    def call(self, images, training=True):
        h = self.pool(self.conv1(images))
        h = self.pool(self.conv2(h))
        h = tf.reduce_mean(h, axis=[1, 2])
        return self.classifier(h, training)


def pi_loss(x_labeled, y_labeled, x_unlabeled, model, weight):
    z_labeled = model(x_labeled)
    z_labeled_again = model(x_labeled)
    z_unlabeled = model(x_unlabeled)
    z_unlabeled_again = model(x_unlabeled)
    supervised = tf.losses.softmax_cross_entropy(y_labeled, z_labeled)
    consistency = tf.losses.mean_squared_error(z_labeled, z_labeled_again) + tf.losses.mean_squared_error(z_unlabeled, z_unlabeled_again)
    return supervised + weight * consistency


def pi_gradients(x_labeled, y_labeled, x_unlabeled, model, weight):
    with tf.GradientTape() as tape:
        loss = pi_loss(x_labeled, y_labeled, x_unlabeled, model, weight)
    return loss, tape.gradient(loss, model.variables)

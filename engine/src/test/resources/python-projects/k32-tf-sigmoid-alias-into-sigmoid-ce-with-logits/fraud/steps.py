import tensorflow as tf


class FraudTrainer:
    def __init__(self, net, lr=1e-3, pos_weight=20.0):
        self.net = net
        self.opt = tf.keras.optimizers.Adam(lr)
        self.pos_weight = pos_weight

    @tf.function
    def step(self, feats, is_fraud):
        with tf.GradientTape() as tape:
            p_fraud = tf.sigmoid(self.net(feats, training=True))
            loss = tf.reduce_mean(
                tf.nn.weighted_cross_entropy_with_logits(labels=is_fraud, logits=p_fraud, pos_weight=self.pos_weight))
        grads = tape.gradient(loss, self.net.trainable_variables)
        self.opt.apply_gradients(zip(grads, self.net.trainable_variables))
        return loss

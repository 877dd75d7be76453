import numpy as np
import tensorflow as tf

from include.model import model, lr

_BATCH_SIZE = 128
_EPOCH = 60

x, y, output, y_pred_cls, global_step, learning_rate = model()

loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(logits=output, labels=y))
optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-08).minimize(loss, global_step=global_step)

correct_prediction = tf.equal(y_pred_cls, tf.argmax(y, axis=1))
accuracy = tf.reduce_mean(tf.cast(correct_prediction, tf.float32))

sess = tf.Session()
sess.run(tf.global_variables_initializer())


def train(epoch, train_x, train_y):
    batch_count = int(np.ceil(len(train_x) / _BATCH_SIZE))
    for s in range(batch_count):
        batch_xs = train_x[s * _BATCH_SIZE: (s + 1) * _BATCH_SIZE]
        batch_ys = train_y[s * _BATCH_SIZE: (s + 1) * _BATCH_SIZE]
        _, batch_loss, batch_acc = sess.run([optimizer, loss, accuracy],
                                            feed_dict={x: batch_xs, y: batch_ys, learning_rate: lr(epoch)})

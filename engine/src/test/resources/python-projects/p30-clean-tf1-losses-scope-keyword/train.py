import numpy as np
import tensorflow as tf

from quadfit.graph import build

tf.set_random_seed(0)
xv = np.linspace(-2, 2, 256)[:, None].astype(np.float32)
yv = xv ** 2 + np.random.normal(0, 0.05, xv.shape).astype(np.float32)

xs, ys, pred = build()
loss = tf.losses.mean_squared_error(ys, pred, scope="loss")
tf.summary.scalar("mse", loss)
step = tf.train.AdamOptimizer(0.01).minimize(loss)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(500):
        _, l = sess.run([step, loss], feed_dict={xs: xv, ys: yv})
        if i % 100 == 0:
            print(i, l)

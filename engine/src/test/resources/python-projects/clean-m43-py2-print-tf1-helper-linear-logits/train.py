import sys
import numpy as np
import tensorflow as tf
import net
import ops

N_CLASSES = 20


def main(steps=1000):
    x = tf.placeholder(tf.float32, [None, 300])
    y = tf.placeholder(tf.int32, [None])
    logits = net.mlp(x, N_CLASSES)
    loss = ops.xent(logits, y, N_CLASSES)
    train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)
    sess = tf.Session()
    sess.run(tf.global_variables_initializer())
    for step in xrange(steps):
        xb = np.random.randn(64, 300)
        yb = np.random.randint(0, N_CLASSES, 64)
        _, l = sess.run([train_op, loss], {x: xb, y: yb})
        if step % 100 == 0:
            print "step %d loss %.4f" % (step, l)
    print >>sys.stderr, "done"


if __name__ == "__main__":
    main()

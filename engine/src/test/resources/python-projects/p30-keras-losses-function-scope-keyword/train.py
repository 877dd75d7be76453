import numpy as np
import tensorflow as tf

from quadfit.net import build

xv = np.linspace(-2, 2, 256)[:, None].astype(np.float32)
yv = xv ** 2 + np.random.normal(0, 0.05, xv.shape).astype(np.float32)
model = build()
opt = tf.keras.optimizers.Adam(0.01)

for i in range(500):
    with tf.GradientTape() as tape:
        pred = model(xv, training=True)
        loss = tf.reduce_mean(tf.keras.losses.mean_squared_error(yv, pred, scope="loss"))
    grads = tape.gradient(loss, model.trainable_variables)
    opt.apply_gradients(zip(grads, model.trainable_variables))

import argparse
import time

import numpy as np
import tensorflow as tf
from tensorflow.keras import applications

parser = argparse.ArgumentParser(description="Synthetic training throughput")
parser.add_argument("--arch", type=str, default="ResNet50", help="a tf.keras.applications model")
parser.add_argument("--batch-size", type=int, default=64)
parser.add_argument("--warmup", type=int, default=5)
parser.add_argument("--iters", type=int, default=20)
parser.add_argument("--mixed", action="store_true")
args = parser.parse_args()

if args.mixed:
    tf.keras.mixed_precision.set_global_policy("mixed_float16")

strategy = tf.distribute.MirroredStrategy()
with strategy.scope():
    net = getattr(applications, args.arch)(weights=None)
    optimizer = tf.keras.optimizers.SGD(0.01, momentum=0.9)

images = tf.random.normal([args.batch_size, 224, 224, 3])
labels = tf.random.uniform([args.batch_size], minval=0, maxval=1000, dtype=tf.int32)


@tf.function
def train_step():
    with tf.GradientTape() as tape:
        probs = net(images, training=True)
        loss = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, probs))
    grads = tape.gradient(loss, net.trainable_variables)
    optimizer.apply_gradients(zip(grads, net.trainable_variables))
    return loss


for _ in range(args.warmup):
    train_step()

rates = []
for i in range(args.iters):
    start = time.perf_counter()
    train_step()
    rates.append(args.batch_size / (time.perf_counter() - start))
    print(f"iter {i}: {rates[-1]:.1f} img/s")
print(f"{args.arch}: {np.mean(rates):.1f} +- {np.std(rates):.1f} img/s")

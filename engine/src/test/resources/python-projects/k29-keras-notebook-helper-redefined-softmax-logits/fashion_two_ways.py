# ---
# jupyter:
#   jupytext:
#     text_representation:
#       format_name: percent
# ---

# %%
import numpy as np
import tensorflow as tf

(x_train, y_train), _ = tf.keras.datasets.fashion_mnist.load_data()
x_train = x_train.reshape(-1, 784).astype('float32') / 255.
ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(5000).batch(256)

# %% [markdown]
# ## Part 1: softmax regression from scratch

# %%
W = tf.Variable(tf.random.normal([784, 10], stddev=0.01))
b = tf.Variable(tf.zeros([10]))

def softmax_regression(x):
    return tf.nn.softmax(tf.matmul(x, W) + b)

def loss_fn(probs, labels):
    onehot = tf.one_hot(labels, depth=10)
    probs = tf.clip_by_value(probs, 1e-9, 1.0)
    return tf.reduce_mean(-tf.reduce_sum(onehot * tf.math.log(probs), axis=1))

opt = tf.optimizers.SGD(0.1)

# %%
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(softmax_regression(x), y)
    grads = tape.gradient(loss, [W, b])
    opt.apply_gradients(zip(grads, [W, b]))
    return loss

# %%
for epoch in range(3):
    for xb, yb in ds:
        loss = train_step(xb, yb)
    print(epoch, float(loss))

# %% [markdown]
# ## Part 2: a two-layer network with the Keras API

# %%
class MLP(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = tf.keras.layers.Dense(256, activation=tf.nn.relu)
        self.out = tf.keras.layers.Dense(10, activation=tf.nn.softmax)

    def call(self, x):
        return self.out(self.hidden(x))

mlp = MLP()

# %%
def loss_fn(logits, labels):
    labels = tf.cast(labels, tf.int64)
    return tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))

opt = tf.optimizers.Adam(1e-3)

# %%
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(mlp(x), y)
    grads = tape.gradient(loss, mlp.trainable_variables)
    opt.apply_gradients(zip(grads, mlp.trainable_variables))
    return loss

for epoch in range(3):
    for xb, yb in ds:
        loss = train_step(xb, yb)
    print(epoch, float(loss))

import jax
import jax.numpy as jnp
import numpy.random as npr
import optax
from jax.example_libraries import stax
from jax.example_libraries.stax import Conv, Dense, Flatten, MaxPool, Relu

init_random_params, predict = stax.serial(
    Conv(32, (3, 3), padding="SAME"), Relu, MaxPool((2, 2), strides=(2, 2)),
    Conv(64, (3, 3), padding="SAME"), Relu, MaxPool((2, 2), strides=(2, 2)),
    Flatten,
    Dense(128), Relu,
    Dense(10))


def loss(params, batch):
    inputs, targets = batch
    preds = predict(params, inputs)
    return jnp.mean(optax.softmax_cross_entropy(preds, targets))


def accuracy(params, batch):
    inputs, targets = batch
    return jnp.mean(jnp.argmax(predict(params, inputs), axis=1) == jnp.argmax(targets, axis=1))


opt = optax.momentum(0.01, 0.9)


@jax.jit
def update(params, opt_state, batch):
    grads = jax.grad(loss)(params, batch)
    updates, opt_state = opt.update(grads, opt_state)
    return optax.apply_updates(params, updates), opt_state


if __name__ == "__main__":
    _, params = init_random_params(jax.random.PRNGKey(0), (-1, 28, 28, 1))
    opt_state = opt.init(params)

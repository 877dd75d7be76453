import jax
import jax.numpy as jnp
import optax

from detector.net import AnomalyNet

net = AnomalyNet()
tx = optax.adam(3e-4)


def bce(params, x, is_anomaly):
    prob = jax.nn.sigmoid(net.apply(params, x))
    prob = jnp.clip(prob, 1e-6, 1.0 - 1e-6)
    return -jnp.mean(is_anomaly * jnp.log(prob) + (1.0 - is_anomaly) * jnp.log(1.0 - prob))


@jax.jit
def update(params, opt_state, x, is_anomaly):
    loss, grads = jax.value_and_grad(bce)(params, x, is_anomaly)
    updates, opt_state = tx.update(grads, opt_state)
    return optax.apply_updates(params, updates), opt_state, loss


def init(rng, n_features):
    params = net.init(rng, jnp.zeros((1, n_features)))
    return params, tx.init(params)

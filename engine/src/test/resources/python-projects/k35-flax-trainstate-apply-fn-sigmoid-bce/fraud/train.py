import jax
import jax.numpy as jnp
import optax
from flax.training import train_state

from fraud.model import FraudNet


def init_state(key, n_features, lr):
    net = FraudNet()
    variables = net.init(key, jnp.zeros((1, n_features)))
    return train_state.TrainState.create(apply_fn=net.apply, params=variables["params"], tx=optax.adam(lr))


@jax.jit
def train_step(state, batch_stats, x, y):
    def loss_fn(params):
        scores, updates = state.apply_fn({"params": params, "batch_stats": batch_stats}, x, train=True, mutable=["batch_stats"])
        return optax.sigmoid_binary_cross_entropy(scores.squeeze(-1), y).mean(), updates

    (loss, updates), grads = jax.value_and_grad(loss_fn, has_aux=True)(state.params)
    return state.apply_gradients(grads=grads), updates["batch_stats"], loss

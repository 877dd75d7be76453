import jax
import jax.numpy as jnp
import optax
from flax.training import train_state

from models import MLP


def nll(probs, labels, num_classes=10):
    onehot = jax.nn.one_hot(labels, num_classes)
    return -jnp.mean(jnp.sum(onehot * jnp.log(probs + 1e-9), axis=-1))


def create_state(rng, lr=1e-3):
    model = MLP()
    params = model.init(rng, jnp.ones((1, 28, 28, 1)))["params"]
    return train_state.TrainState.create(apply_fn=model.apply, params=params, tx=optax.adam(lr))


@jax.jit
def train_step(state, images, labels):
    def loss_fn(params):
        out = state.apply_fn({"params": params}, images)
        return nll(out, labels)

    loss, grads = jax.value_and_grad(loss_fn)(state.params)
    return state.apply_gradients(grads=grads), loss

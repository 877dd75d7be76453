import jax
import jax.numpy as jnp
import optax
from flax import linen as nn
from flax.training import train_state

from mnist.model import CNN


def create_state(rng, lr=1e-3):
    model = CNN()
    params = model.init(rng, jnp.ones([1, 28, 28, 1]))["params"]
    return train_state.TrainState.create(apply_fn=model.apply, params=params, tx=optax.adam(lr))


@jax.jit
def train_step(state, images, labels):
    def loss_fn(params):
        logits = state.apply_fn({"params": params}, images)
        probs = nn.softmax(logits)
        loss = optax.softmax_cross_entropy(probs, jax.nn.one_hot(labels, 10)).mean()
        return loss, probs

    (loss, probs), grads = jax.value_and_grad(loss_fn, has_aux=True)(state.params)
    accuracy = jnp.mean(jnp.argmax(probs, -1) == labels)
    return state.apply_gradients(grads=grads), loss, accuracy

import jax
import jax.numpy as jnp
import optax

from net import Classifier

net = Classifier(n_classes=5)
tx = optax.adamw(3e-4)


def loss_fn(params, x, y):
    log_probs = net.apply({"params": params}, x)
    probs = jnp.exp(log_probs)
    return optax.softmax_cross_entropy_with_integer_labels(probs, y).mean()


@jax.jit
def update(params, opt_state, x, y):
    loss, grads = jax.value_and_grad(loss_fn)(params, x, y)
    updates, opt_state = tx.update(grads, opt_state, params)
    return optax.apply_updates(params, updates), opt_state, loss

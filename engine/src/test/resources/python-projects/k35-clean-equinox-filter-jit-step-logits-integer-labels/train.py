import equinox as eqx
import jax
import optax

from digits.model import DigitMLP


def cross_entropy(model, images, labels):
    scores = jax.vmap(model)(images)
    return optax.softmax_cross_entropy_with_integer_labels(scores, labels).mean()


@eqx.filter_jit
def train_step(model, opt_state, images, labels):
    loss, grads = eqx.filter_value_and_grad(cross_entropy)(model, images, labels)
    updates, opt_state = optimiser.update(grads, opt_state, eqx.filter(model, eqx.is_inexact_array))
    return eqx.apply_updates(model, updates), opt_state, loss


model = DigitMLP(64, 10, jax.random.PRNGKey(0))
optimiser = optax.sgd(0.05)
opt_state = optimiser.init(eqx.filter(model, eqx.is_inexact_array))

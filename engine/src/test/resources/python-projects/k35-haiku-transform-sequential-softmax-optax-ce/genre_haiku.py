import haiku as hk
import jax
import jax.numpy as jnp
import optax

N_GENRES = 5


def classifier_fn(features):
    net = hk.Sequential([
        hk.Linear(256), jax.nn.relu,
        hk.Linear(64), jax.nn.relu,
        hk.Linear(N_GENRES), jax.nn.softmax,
    ])
    return net(features)


classifier = hk.transform(classifier_fn)


def loss_fn(params, rng, features, genres):
    out = classifier.apply(params, rng, features)
    return optax.softmax_cross_entropy(out, jax.nn.one_hot(genres, N_GENRES)).mean()


@jax.jit
def sgd_step(params, opt_state, rng, features, genres):
    grads = jax.grad(loss_fn)(params, rng, features, genres)
    updates, opt_state = tx.update(grads, opt_state)
    return optax.apply_updates(params, updates), opt_state


tx = optax.adamw(1e-3)
params = classifier.init(jax.random.PRNGKey(42), jnp.zeros((1, 40)))

import jax
import jax.numpy as jnp


def masked_mean(x, mask):
    mask = jnp.broadcast_to(mask, x.shape)
    return jnp.sum(x * mask) / jnp.clip(jnp.sum(mask), a_min=1e-5)


def to_bins(actions, n_bins, low=-1.0, high=1.0):
    edges = jnp.linspace(low, high, n_bins + 1)
    return jnp.clip(jnp.digitize(actions, edges) - 1, 0, n_bins - 1)


def token_nll(scores, actions, mask):
    bins = to_bins(actions, scores.shape[-1])
    targets = jax.nn.one_hot(bins, scores.shape[-1])
    nll = -jnp.sum(scores * targets, axis=-1)
    return masked_mean(nll, mask)

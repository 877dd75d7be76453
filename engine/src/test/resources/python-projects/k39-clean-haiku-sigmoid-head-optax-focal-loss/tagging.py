import haiku as hk
import jax
import jax.numpy as jnp
import optax

N_LABELS = 80


def head(features):
    mlp = hk.nets.MLP([512, 512, N_LABELS])
    return mlp(features)


net = hk.without_apply_rng(hk.transform(head))


def loss_fn(params, features, targets):
    scores = net.apply(params, features)
    return optax.sigmoid_focal_loss(scores, targets, alpha=0.25, gamma=2.0).sum(-1).mean()


grad_fn = jax.jit(jax.value_and_grad(loss_fn))

import equinox as eqx
import jax
import jax.numpy as jnp
import numpy as np
import optax

from model import make_detector


def loss(model, x, y):
    p = jax.vmap(model)(x)
    return optax.sigmoid_binary_cross_entropy(p, y).mean()


@eqx.filter_jit
def step(model, opt_state, x, y):
    value, grads = eqx.filter_value_and_grad(loss)(model, x, y)
    updates, opt_state = optim.update(grads, opt_state, eqx.filter(model, eqx.is_array))
    return eqx.apply_updates(model, updates), opt_state, value


frames = np.load("transactions.npz")
model = make_detector(jax.random.PRNGKey(3), frames["x"].shape[1])
optim = optax.adam(1e-3)
opt_state = optim.init(eqx.filter(model, eqx.is_array))
for epoch in range(20):
    model, opt_state, value = step(model, opt_state, jnp.asarray(frames["x"]), jnp.asarray(frames["fraud"], jnp.float32))

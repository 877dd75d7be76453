import equinox as eqx
import jax
import optax

model = eqx.nn.MLP(
    in_size=64,
    out_size=10,
    width_size=128,
    depth=3,
    activation=jax.nn.gelu,
    final_activation=jax.nn.softmax,
    key=jax.random.PRNGKey(42),
)


def loss_fn(model, x, y):
    out = jax.vmap(model)(x)
    return optax.softmax_cross_entropy(out, y).mean()


@eqx.filter_jit
def step(model, opt_state, x, y, optim):
    loss, grads = eqx.filter_value_and_grad(loss_fn)(model, x, y)
    updates, opt_state = optim.update(grads, opt_state, eqx.filter(model, eqx.is_array))
    return eqx.apply_updates(model, updates), opt_state, loss

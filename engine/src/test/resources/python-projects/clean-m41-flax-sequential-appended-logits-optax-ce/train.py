import jax
import jax.numpy as jnp
import numpy as np
import optax

from tabnet.model import make_mlp

model = make_mlp([256, 128], n_classes=7)
tx = optax.adamw(1e-3)


def loss_fn(params, x, y):
    logits = model.apply(params, x)
    return optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()


@jax.jit
def train_step(params, opt_state, x, y):
    loss, grads = jax.value_and_grad(loss_fn)(params, x, y)
    updates, opt_state = tx.update(grads, opt_state, params)
    return optax.apply_updates(params, updates), opt_state, loss


def main():
    data = np.load("covtype.npz")
    x, y = jnp.asarray(data["x"], jnp.float32), jnp.asarray(data["y"], jnp.int32)
    params = model.init(jax.random.PRNGKey(0), x[:1])
    opt_state = tx.init(params)
    for step in range(1000):
        idx = np.random.randint(0, len(x), 512)
        params, opt_state, loss = train_step(params, opt_state, x[idx], y[idx])
        if step % 100 == 0:
            print(step, float(loss))


if __name__ == "__main__":
    main()

import jax
import optax

from policy.heads import TokenActionHead
from policy.losses import token_nll

head = TokenActionHead()
tx = optax.adamw(3e-4)


def loss_fn(params, batch):
    scores = head.apply({"params": params}, batch["embeddings"])
    return token_nll(scores, batch["actions"], batch["mask"])


@jax.jit
def train_step(params, opt_state, batch):
    loss, grads = jax.value_and_grad(loss_fn)(params, batch)
    updates, opt_state = tx.update(grads, opt_state, params)
    return optax.apply_updates(params, updates), opt_state, loss

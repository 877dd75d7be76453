import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx

N_TAGS = 38

rngs = nnx.Rngs(params=0)
model = nnx.Sequential(
    nnx.Linear(768, 384, rngs=rngs),
    nnx.relu,
    nnx.Linear(384, N_TAGS, rngs=rngs),
    nnx.sigmoid,
)
optimizer = nnx.Optimizer(model, optax.adamw(5e-4, weight_decay=1e-2))


def loss_fn(model, x, y):
    scores = model(x)
    return optax.sigmoid_binary_cross_entropy(scores, y).mean()


@nnx.jit
def train_step(model, optimizer, x, y):
    loss, grads = nnx.value_and_grad(loss_fn)(model, x, y)
    optimizer.update(grads)
    return loss


if __name__ == "__main__":
    emb = np.load("questions_emb.npy")
    tags = np.load("questions_tags.npy").astype(np.float32)
    for epoch in range(5):
        for i in range(0, len(emb), 128):
            train_step(model, optimizer, jnp.asarray(emb[i:i + 128]), jnp.asarray(tags[i:i + 128]))

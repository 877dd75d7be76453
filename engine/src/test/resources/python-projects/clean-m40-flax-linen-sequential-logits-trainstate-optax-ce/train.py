import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax.training import train_state

from models import make_classifier

NUM_CLASSES = 20


def create_state(rng, features):
    model = make_classifier(NUM_CLASSES)
    params = model.init(rng, jnp.ones((1, features)))["params"]
    return train_state.TrainState.create(apply_fn=model.apply, params=params, tx=optax.adam(1e-3))


@jax.jit
def train_step(state, x, y):
    def loss_fn(params):
        scores = state.apply_fn({"params": params}, x)
        loss = optax.softmax_cross_entropy(scores, jax.nn.one_hot(y, NUM_CLASSES)).mean()
        return loss, scores

    (loss, scores), grads = jax.value_and_grad(loss_fn, has_aux=True)(state.params)
    accuracy = jnp.mean(jnp.argmax(scores, -1) == y)
    return state.apply_gradients(grads=grads), loss, accuracy


if __name__ == "__main__":
    data = np.load("newsgroups_embeddings.npz")
    state = create_state(jax.random.PRNGKey(0), data["x"].shape[1])
    for epoch in range(10):
        for i in range(0, len(data["x"]), 256):
            state, loss, acc = train_step(state, data["x"][i:i + 256], data["y"][i:i + 256])

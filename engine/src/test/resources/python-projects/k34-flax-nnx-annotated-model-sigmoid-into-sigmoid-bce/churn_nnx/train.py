import optax
from flax import nnx

from churn_nnx.model import ChurnMLP


def compute_loss(model: ChurnMLP, features, churned):
    scores = model(features)
    return optax.sigmoid_binary_cross_entropy(scores, churned).mean()


@nnx.jit
def train_step(model, optimizer, features, churned):
    loss, grads = nnx.value_and_grad(compute_loss)(model, features, churned)
    optimizer.update(grads)
    return loss

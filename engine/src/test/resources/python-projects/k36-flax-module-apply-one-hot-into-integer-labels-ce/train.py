import jax
import optax

from classifier.net import N_CLASSES, PetNet

net = PetNet()
tx = optax.sgd(0.05, momentum=0.9)


def compute_loss(params, images, labels):
    scores = net.apply({"params": params}, images)
    targets = jax.nn.one_hot(labels, N_CLASSES)
    return optax.softmax_cross_entropy_with_integer_labels(scores, targets).mean()


@jax.jit
def update(params, opt_state, images, labels):
    loss, grads = jax.value_and_grad(compute_loss)(params, images, labels)
    updates, opt_state = tx.update(grads, opt_state, params)
    return optax.apply_updates(params, updates), opt_state, loss

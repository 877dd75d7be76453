"""Small context managers shared by the training scripts."""
from contextlib import contextmanager


@contextmanager
def train_mode(model):
    """Put the model in training mode for the block and restore its previous mode afterwards."""
    was_training = model.training
    model.train()
    try:
        yield model
    finally:
        model.train(was_training)

import numpy as np
import pytest

from gradsim.backends.tf_backend import TFBackend


@pytest.mark.parametrize("tiny_classifier", [{"n_features": 8, "n_classes": 4}], indirect=True)
def test_grad_size(tiny_classifier):
    model, loss = tiny_classifier
    x = np.random.rand(16, 8).astype("float32")
    y = np.random.randint(0, 4, size=16)
    grads = TFBackend.flat_grads(model, x, y, loss)
    assert grads.shape[0] == sum(int(np.prod(w.shape)) for w in model.trainable_weights)

import numpy as np
import pytest

from gradsim.backends.tf_backend import TFBackend


@pytest.mark.parametrize("batch", [4, 16])
@pytest.mark.parametrize("tiny_classifier", [{"n_features": 8, "n_classes": 4}], indirect=["tiny_classifier"])
def test_grad_size(tiny_classifier, batch):
    model, loss = tiny_classifier
    x = np.random.rand(batch, 8).astype("float32")
    y = np.random.randint(0, 4, size=batch)
    grads = TFBackend.flat_grads(model, x, y, loss)
    assert grads.shape[0] == sum(int(np.prod(w.shape)) for w in model.trainable_weights)

import torch.nn.functional as F

from .conftest import TAGS


def test_loss_is_finite(tagger, sentences):
    words, tags = sentences
    log_probs = tagger(words)
    loss = F.nll_loss(log_probs.reshape(-1, TAGS), tags.reshape(-1))
    assert loss.isfinite()

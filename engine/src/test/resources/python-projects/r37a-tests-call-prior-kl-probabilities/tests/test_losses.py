import torch

from protossl.losses import PrototypeLoss, ZipfPrototypeLoss


def test_uniform_prior_is_zero():
    loss = PrototypeLoss()
    usage = torch.full((8,), 1 / 8)
    assert abs(loss.prior_penalty(usage).item()) < 1e-6


def test_zipf_prior_on_log_usage():
    loss = ZipfPrototypeLoss(exponent=1.0)
    usage = torch.tensor([0.5, 0.3, 0.2]).log()
    assert loss.prior_penalty(usage).item() >= 0

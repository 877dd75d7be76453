from einops.layers.torch import Rearrange
from torch import nn


def frame_tagger(n_mels=64, dim=256, n_events=527):
    """Sound-event detection: per-frame event scores, laid out (batch * frames, events) for the loss."""
    return nn.Sequential(
        Rearrange("b m t -> b t m"),
        nn.Linear(n_mels, dim),
        nn.GELU(),
        nn.Linear(dim, dim),
        nn.Linear(dim, n_events),
        nn.Sigmoid(),
        Rearrange("b t e -> (b t) e"),
    )

import torch.nn as nn

from ..utils import Registry, build_from_cfg

HEADS = Registry("heads")


def build_head(spec, cfg):
    if isinstance(spec, list):
        return nn.Sequential(*[build_from_cfg(s, HEADS, dict(cfg=cfg)) for s in spec])
    return build_from_cfg(spec, HEADS, dict(cfg=cfg))

"""Backbones register themselves when their class is created (no decorator to forget)."""
import torch.nn as nn

BACKBONES = {}


class BackboneMeta(type(nn.Module)):
    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        key = namespace.get("key")
        if key:
            BACKBONES[key] = cls
        return cls


class Backbone(nn.Module, metaclass=BackboneMeta):
    key = None
    out_dim = 0

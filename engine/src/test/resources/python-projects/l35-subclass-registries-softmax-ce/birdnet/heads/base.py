import torch.nn as nn


class Head(nn.Module):
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if name is not None:
            cls.registry[name] = cls

    @classmethod
    def build(cls, name, in_dim, num_species):
        return cls.registry[name](in_dim, num_species)

from torch import nn


class ClassifierHead(nn.Module):
    available = {}

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key is not None:
            ClassifierHead.available[key] = cls

    @classmethod
    def build(cls, key, **kwargs):
        return cls.available[key](**kwargs)

class Registry:
    def __init__(self, name):
        self.name = name
        self._modules = {}

    def register_module(self, cls):
        self._modules[cls.__name__] = cls
        return cls

    def get(self, key):
        return self._modules.get(key)


HEADS = Registry("heads")


def build_head(spec):
    args = dict(spec)
    cls = HEADS.get(args.pop("type"))
    return cls(**args)

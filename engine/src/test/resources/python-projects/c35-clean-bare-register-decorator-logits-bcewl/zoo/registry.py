ARCHS = {}


def register(cls):
    ARCHS[cls.__name__.lower()] = cls
    return cls


def create(name, **kwargs):
    if name not in ARCHS:
        raise KeyError(f"unknown architecture {name!r}; known: {sorted(ARCHS)}")
    return ARCHS[name](**kwargs)

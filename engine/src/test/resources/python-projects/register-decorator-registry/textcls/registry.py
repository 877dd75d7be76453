"""Name -> model class registry, filled by the @register decorator."""
MODEL_REGISTRY = {}


def register(name):
    def wrap(cls):
        if name in MODEL_REGISTRY:
            raise KeyError(f"model {name!r} registered twice")
        MODEL_REGISTRY[name] = cls
        return cls

    return wrap


def build_model(name, **kwargs):
    if name not in MODEL_REGISTRY:
        raise KeyError(f"unknown model {name!r}; known: {sorted(MODEL_REGISTRY)}")
    return MODEL_REGISTRY[name](**kwargs)

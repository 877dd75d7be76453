"""A name -> class registry, filled by the @register_model decorator at import time."""

MODEL_REGISTRY = {}


def register_model(name):
    def wrap(cls):
        if name in MODEL_REGISTRY:
            raise KeyError(f"model {name!r} is registered twice")
        MODEL_REGISTRY[name] = cls
        return cls

    return wrap


def create_model(name, **kwargs):
    try:
        cls = MODEL_REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown model {name!r}; known: {sorted(MODEL_REGISTRY)}") from None
    return cls(**kwargs)

MODELS = {}


def register_model(name=None):
    """Class decorator: @register_model() files the class under its own name, @register_model("x") under "x"."""

    def deco(cls):
        key = name or cls.__name__
        if key in MODELS:
            raise KeyError(f"{key} is already registered")
        MODELS[key] = cls
        return cls

    return deco


def build_model(cfg):
    kwargs = {k: v for k, v in cfg.items() if k != "type"}
    return MODELS[cfg["type"]](**kwargs)

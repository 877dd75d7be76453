import inspect


class Registry:
    """Maps a class name to the class, filled by the @REGISTRY.register_module decorator."""

    def __init__(self, name):
        self._name = name
        self._classes = {}

    @property
    def name(self):
        return self._name

    def get(self, key):
        return self._classes.get(key)

    def register_module(self, cls):
        if not inspect.isclass(cls):
            raise TypeError("only classes can be registered, got {!r}".format(cls))
        if cls.__name__ in self._classes:
            raise KeyError("{} already holds {}".format(self._name, cls.__name__))
        self._classes[cls.__name__] = cls
        return cls


def build_from_cfg(cfg, registry, default_args=None):
    assert isinstance(cfg, dict) and "type" in cfg
    kwargs = dict(cfg)
    kind = kwargs.pop("type")
    if isinstance(kind, str):
        cls = registry.get(kind)
        if cls is None:
            raise KeyError("no {} named {}".format(registry.name, kind))
    else:
        cls = kind
    if default_args is not None:
        for key, value in default_args.items():
            kwargs.setdefault(key, value)
    return cls(**kwargs)

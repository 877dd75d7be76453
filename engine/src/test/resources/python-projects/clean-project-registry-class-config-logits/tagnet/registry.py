class Registry:
    """A name -> class table filled by a decorator, so configs can name the parts."""

    def __init__(self, name):
        self.name = name
        self._classes = {}

    def register_module(self, name=None):
        def _register(cls):
            key = name or cls.__name__
            if key in self._classes:
                raise KeyError(f"{key} is already registered in {self.name}")
            self._classes[key] = cls
            return cls

        return _register

    def get(self, key):
        return self._classes[key]


HEADS = Registry("heads")

MODELS = {}


def registered(cls):
    MODELS[cls.__name__] = cls
    cls.zoo_name = cls.__name__.lower()
    return cls

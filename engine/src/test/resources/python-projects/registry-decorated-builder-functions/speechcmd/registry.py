"""Model zoo: builder functions register themselves under a short name."""
from typing import Callable, Dict

_BUILDERS: Dict[str, Callable] = {}


def register_model(name: str):
    def decorator(fn):
        _BUILDERS[name] = fn
        return fn

    return decorator


def get_model(name: str, **kwargs):
    if name not in _BUILDERS:
        raise ValueError(f"unknown model '{name}', choose from {list(_BUILDERS)}")
    return _BUILDERS[name](**kwargs)


def available_models():
    return sorted(_BUILDERS)

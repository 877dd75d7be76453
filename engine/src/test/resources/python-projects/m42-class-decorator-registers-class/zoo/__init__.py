from .registry import MODELS
from . import mlp  # noqa: F401  (registers its classes)

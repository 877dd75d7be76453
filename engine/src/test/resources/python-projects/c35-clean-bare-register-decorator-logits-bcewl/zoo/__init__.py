from . import archs  # noqa: F401  (fills the registry)
from .registry import ARCHS, create

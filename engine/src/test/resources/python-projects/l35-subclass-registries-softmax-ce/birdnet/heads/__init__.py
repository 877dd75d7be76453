from .base import Head
from . import classifiers  # noqa: F401

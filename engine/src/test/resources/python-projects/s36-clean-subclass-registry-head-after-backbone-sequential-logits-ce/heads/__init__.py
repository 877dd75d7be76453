from .base import ClassifierHead
from . import linear  # noqa: F401  registers the heads

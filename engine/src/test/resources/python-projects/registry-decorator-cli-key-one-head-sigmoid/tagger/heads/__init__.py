"""Heads for multi-label image tagging; importing this package registers them all."""
from .registry import HEADS, build_head
from . import linear, attention  # noqa: F401,E402

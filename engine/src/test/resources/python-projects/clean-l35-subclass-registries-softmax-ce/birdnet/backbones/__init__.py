from .base import BACKBONES
from . import convnets  # noqa: F401  (imported for its registrations)

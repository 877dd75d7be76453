from .base import BaseClassifier
from .crnn import CRNN

__all__ = ["BaseClassifier", "CRNN"]

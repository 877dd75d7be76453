from .alexnet import AlexNetSmall
from .base import ImageClassifier

from .classifier import build_classifier
from .heads import HEADS

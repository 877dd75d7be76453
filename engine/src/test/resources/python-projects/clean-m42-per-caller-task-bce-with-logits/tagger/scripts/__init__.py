from ._shared import Classifier
from .train_classifier import main as train_classifier

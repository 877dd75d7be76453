from .encoder import build_encoder
from .classifier import LeafClassifier

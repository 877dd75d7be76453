from .classifier import LeafClassifier

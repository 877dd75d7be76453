from tsclf.mlp import MLPClassifier

__all__ = ["MLPClassifier"]

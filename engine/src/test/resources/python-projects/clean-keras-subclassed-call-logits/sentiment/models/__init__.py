from .classifier import ReviewClassifier

__all__ = ["ReviewClassifier"]

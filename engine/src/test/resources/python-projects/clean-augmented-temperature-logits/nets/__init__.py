from .cosine import CosineClassifier

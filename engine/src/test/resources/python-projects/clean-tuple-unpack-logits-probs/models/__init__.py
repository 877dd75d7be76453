from .retrieval import EmbeddingClassifier

__all__ = ["EmbeddingClassifier"]

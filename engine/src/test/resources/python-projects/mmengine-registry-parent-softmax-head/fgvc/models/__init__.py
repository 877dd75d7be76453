from .classifier import FineGrainedClassifier  # noqa: F401

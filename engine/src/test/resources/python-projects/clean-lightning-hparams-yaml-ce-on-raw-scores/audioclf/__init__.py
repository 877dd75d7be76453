from .module import SoundClassifier

__all__ = ["SoundClassifier"]

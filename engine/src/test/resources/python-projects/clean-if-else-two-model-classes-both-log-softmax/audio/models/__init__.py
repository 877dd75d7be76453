from .cnn import SpectrogramCNN
from .gru import SpectrogramGRU

__all__ = ["SpectrogramCNN", "SpectrogramGRU"]

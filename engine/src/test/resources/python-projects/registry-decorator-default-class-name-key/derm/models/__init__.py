from .baseline import ResNetBaseline
from .dermnet import DermNet

__all__ = ["ResNetBaseline", "DermNet"]

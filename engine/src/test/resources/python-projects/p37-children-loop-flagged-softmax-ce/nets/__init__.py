from .convnet import SmallConvNet

__all__ = ["SmallConvNet"]

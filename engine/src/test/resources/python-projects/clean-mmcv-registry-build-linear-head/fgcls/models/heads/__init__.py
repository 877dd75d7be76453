from .linear_head import LinearClsHead
from .softmax_head import SoftmaxClsHead

__all__ = ["LinearClsHead", "SoftmaxClsHead"]

from .heads import LinearClsHead, SoftmaxClsHead  # noqa: F401

from .build import CLS_HEAD_REGISTRY, build_cls_head  # noqa: F401
from . import cls_heads  # noqa: F401

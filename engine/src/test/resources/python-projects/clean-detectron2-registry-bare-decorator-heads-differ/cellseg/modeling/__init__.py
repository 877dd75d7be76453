from .heads import CLS_HEAD_REGISTRY, build_cls_head  # noqa: F401
from .meta_arch import CellClassifier  # noqa: F401

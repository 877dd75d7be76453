from .builder import HEADS, build_head  # noqa: F401
from . import heads  # noqa: F401

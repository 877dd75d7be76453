from segnet import heads  # noqa: F401  (registers the heads)
from segnet.registry import build_head

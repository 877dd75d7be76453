from .builder import HEADS, build_head
from .presence import PresenceHead
from .segment import SegmentHead

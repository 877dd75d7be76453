from .lanenet import LaneNet 
from .blocks import ConvBlock

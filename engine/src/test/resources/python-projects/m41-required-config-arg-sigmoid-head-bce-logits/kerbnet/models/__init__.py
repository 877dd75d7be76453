from .registry import HEADS, build_head
from .heads import LinearFlag, SigmoidFlag
from .kerb import KerbNet

from .config import Config
from .registry import Registry, build_from_cfg

from .backbones import build_backbone
from .module import LitClassifier

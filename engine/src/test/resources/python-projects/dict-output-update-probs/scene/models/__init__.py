from .heads import ClassificationHead, EmbeddingHead
from .net import SceneNet

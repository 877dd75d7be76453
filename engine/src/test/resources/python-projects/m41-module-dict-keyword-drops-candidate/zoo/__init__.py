from .convnet import *
from .mlp import *

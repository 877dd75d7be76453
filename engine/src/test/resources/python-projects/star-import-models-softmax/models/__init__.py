from .vgg import *
from .resnet import *

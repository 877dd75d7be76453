# import the modules so that their models register themselves
from . import mlp, resnet  # noqa: F401

from . import activations
from .layers.core import fully_connected, dropout, input_data

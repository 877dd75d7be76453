from .core import fully_connected, dropout, input_data

# importing the modules registers the models
from . import cnn, gru  # noqa: F401

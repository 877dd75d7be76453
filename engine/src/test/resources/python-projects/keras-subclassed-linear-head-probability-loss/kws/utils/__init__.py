from .features import normalise

"""Review star-rating classifier."""
__version__ = "0.3.1"

from .mixer import tiny_mixer

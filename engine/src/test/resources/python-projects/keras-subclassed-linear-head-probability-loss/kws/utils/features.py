import numpy as np


def normalise(spectrograms, eps=1e-6):
    mean = spectrograms.mean(axis=(1, 2), keepdims=True)
    std = spectrograms.std(axis=(1, 2), keepdims=True)
    return (spectrograms - mean) / (std + eps)

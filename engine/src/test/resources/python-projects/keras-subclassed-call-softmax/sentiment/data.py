"""Loading of the tokenised review arrays."""
import numpy as np


def load_split(path):
    """Returns (tokens, stars) where stars are integer labels 0..4."""
    with np.load(path) as archive:
        return archive["tokens"], archive["stars"].astype("int32")

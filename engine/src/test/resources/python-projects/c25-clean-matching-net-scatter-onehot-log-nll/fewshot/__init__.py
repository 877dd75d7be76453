from .matching import MatchingNet

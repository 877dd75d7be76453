"""torch.hub entry points: torch.hub.load("plant-lab/leafnet", "leafnet_small")."""
dependencies = ["torch"]

from src.leafnet.model import LeafNet


def leafnet_small(num_diseases=14, **kwargs):
    return LeafNet(width=32, num_diseases=num_diseases, **kwargs)


def leafnet_large(num_diseases=14, **kwargs):
    return LeafNet(width=96, num_diseases=num_diseases, **kwargs)

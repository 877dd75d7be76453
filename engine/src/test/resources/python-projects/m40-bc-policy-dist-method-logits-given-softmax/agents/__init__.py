from .policy import DiscretePolicy

__all__ = ["DiscretePolicy"]

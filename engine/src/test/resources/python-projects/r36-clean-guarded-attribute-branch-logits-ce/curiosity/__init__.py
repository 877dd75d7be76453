from .inverse_model import InverseDynamics

__all__ = ["InverseDynamics"]

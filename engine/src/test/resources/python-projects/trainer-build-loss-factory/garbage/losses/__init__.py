from .factory import build_loss

__all__ = ["build_loss"]

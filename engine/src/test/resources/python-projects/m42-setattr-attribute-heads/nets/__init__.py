from .attributes import AttributeNet

__all__ = ["AttributeNet"]

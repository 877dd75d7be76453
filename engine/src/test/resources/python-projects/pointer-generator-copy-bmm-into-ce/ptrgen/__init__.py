from .model import CopyPointerNet  # noqa: F401

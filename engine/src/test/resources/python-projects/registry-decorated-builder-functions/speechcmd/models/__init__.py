from . import crnn, mlp  # noqa: F401  register the builders

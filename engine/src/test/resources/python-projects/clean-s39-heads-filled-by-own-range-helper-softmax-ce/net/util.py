import builtins


def range(n):
    """Indices of the side outputs: every stage but the last, whose raw scores the loss takes."""
    return builtins.range(n - 1)

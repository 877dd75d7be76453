"""Name -> class table for the segmentation heads, filled as segnet.heads is imported."""
HEADS = {}


def add(cls):
    key = cls.NAME
    HEADS[key] = cls
    return cls


def build_head(name, **kwargs):
    try:
        return HEADS[name](**kwargs)
    except KeyError:
        raise ValueError(f"no head called {name}; choose from {', '.join(HEADS)}") from None

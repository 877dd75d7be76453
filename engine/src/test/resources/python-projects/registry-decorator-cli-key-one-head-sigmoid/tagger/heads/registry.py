HEADS = {}


def register(name):
    """@register("linear") puts the class into HEADS under that name."""

    def add(cls):
        HEADS[name] = cls
        return cls

    return add


def build_head(name, in_dim, num_tags):
    return HEADS[name](in_dim, num_tags)

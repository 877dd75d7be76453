from mmcv.utils import Registry

HEADS = Registry("head")


def build_head(cfg):
    """Build a classification head from its config dict."""
    return HEADS.build(cfg)

from detectron2.utils.registry import Registry

CLS_HEAD_REGISTRY = Registry("CLS_HEAD")
CLS_HEAD_REGISTRY.__doc__ = """
Registry for per-cell classification heads: they take pooled cell features and
return one score per cell type.
"""


def build_cls_head(cfg, input_dim):
    name = cfg.MODEL.CLS_HEAD.NAME
    return CLS_HEAD_REGISTRY.get(name)(cfg, input_dim)

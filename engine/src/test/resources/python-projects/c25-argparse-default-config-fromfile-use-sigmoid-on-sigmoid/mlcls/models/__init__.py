from .multilabel_head import MultiLabelLinearHead  # noqa: F401

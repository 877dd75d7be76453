import torch
import torch.nn.functional as F


def multilabel_bce(scores, labels, eps=1e-7):
    """Binary cross-entropy per tag, written out so that the positive and negative terms can be logged apart."""
    p = torch.sigmoid(scores)
    pos = labels * torch.log(p + eps)
    neg = (1 - labels) * torch.log(1 - p + eps)
    return -(pos + neg).mean()


def multilabel_bce_stable(scores, labels):
    return -(labels * F.logsigmoid(scores) + (1 - labels) * F.logsigmoid(-scores)).mean()

import torch


def stable_softmax(z, dim=1):
    """exp(z - max) / sum: the max shift keeps exp from overflowing in float16."""
    shifted = z - z.max(dim=dim, keepdim=True)[0]
    e = torch.exp(shifted)
    return e / e.sum(dim=dim, keepdim=True)

import torch.nn.functional as F


def to_one_hot(labels, n_classes):
    """Integer emotion ids -> float one-hot rows."""
    return F.one_hot(labels, n_classes).float()


def accuracy(outputs, one_hot):
    return (outputs.argmax(dim=1) == one_hot.argmax(dim=1)).float().mean().item()

import torch


def stable_softmax(logits):
    # subtract the row max first so that exp() cannot overflow
    shifted = logits - logits.max(dim=1, keepdim=True).values
    return (
        shifted.exp()  # unnormalised class scores
    ) / (
        # the partition function: one sum per example
        shifted.exp().sum(dim=1, keepdim=True)
    )

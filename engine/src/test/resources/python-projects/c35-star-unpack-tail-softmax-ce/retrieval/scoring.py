import torch
import torch.nn.functional as F


def score_candidates(query, keys, scale=20.0):
    """Similarity of each query to every key: the raw scores, their log-softmax and the softmax over keys."""
    sims = scale * F.normalize(query, dim=-1) @ F.normalize(keys, dim=-1).t()
    return sims, F.log_softmax(sims, dim=-1), torch.softmax(sims, dim=-1)

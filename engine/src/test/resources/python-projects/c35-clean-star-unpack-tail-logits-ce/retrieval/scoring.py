import torch
import torch.nn.functional as F


def score_candidates(query, keys, scale=20.0):
    """Similarity of each query to every key: the softmax over keys, its log and the raw scores."""
    sims = scale * F.normalize(query, dim=-1) @ F.normalize(keys, dim=-1).t()
    return torch.softmax(sims, dim=-1), F.log_softmax(sims, dim=-1), sims

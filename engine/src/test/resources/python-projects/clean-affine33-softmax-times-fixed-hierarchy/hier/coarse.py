"""Superclass probabilities from a fine-grained classifier: a fixed 0/1 map from the 100 fine classes to the 20 coarse ones."""
import numpy as np
import torch
import torch.nn.functional as F

FINE_TO_COARSE = np.load("meta/fine_to_coarse.npy")


def coarse_map(num_fine=100, num_coarse=20):
    M = torch.zeros(num_fine, num_coarse)
    M[torch.arange(num_fine), torch.as_tensor(FINE_TO_COARSE)] = 1.0
    return M


W = torch.tensor(np.load("meta/fine_to_coarse_soft.npy"), dtype=torch.float32, requires_grad=False)


def coarse_probs(logits, M):
    probs = F.softmax(logits, dim=1)
    return probs @ M


def soft_coarse_probs(logits):
    return torch.matmul(F.softmax(logits, dim=1), W)

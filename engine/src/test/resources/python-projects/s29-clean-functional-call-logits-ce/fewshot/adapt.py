import torch
import torch.nn.functional as F
from torch.func import functional_call

from .model import ProtoCNN


def inner_loop(model, weights, support_x, support_y, lr=0.1, steps=5):
    for _ in range(steps):
        out = functional_call(model, weights, (support_x,))
        loss = F.cross_entropy(out, support_y)
        grads = torch.autograd.grad(loss, list(weights.values()))
        weights = {k: w - lr * g for (k, w), g in zip(weights.items(), grads)}
    return weights


def evaluate_episode(episode):
    model = ProtoCNN()
    weights = dict(model.named_parameters())
    return inner_loop(model, weights, episode.support_x, episode.support_y)

import torch
import torch.nn.functional as F


def one_hot(target, num_classes, on_value=1.0, off_value=0.0):
    return F.one_hot(target, num_classes).float()


def mixup_target(target, num_classes, lam=1.0):
    y1 = one_hot(target, num_classes)
    y2 = one_hot(target.flip(0), num_classes)
    return y1 * lam + y2 * (1.0 - lam)


def mix_batch(x, target, num_classes, alpha=0.8):
    lam = float(torch.distributions.Beta(alpha, alpha).sample())
    x = x * lam + x.flip(0) * (1.0 - lam)
    return x, mixup_target(target, num_classes, lam)

import numpy as np
import torch
import torch.nn.functional as F


def rand_box(h, w, lam):
    ratio = np.sqrt(1.0 - lam)
    ch, cw = int(h * ratio), int(w * ratio)
    cy, cx = np.random.randint(h), np.random.randint(w)
    return np.clip(cy - ch // 2, 0, h), np.clip(cy + ch // 2, 0, h), np.clip(cx - cw // 2, 0, w), np.clip(cx + cw // 2, 0, w)


def cutmix(images, labels, num_classes, beta=1.0):
    lam = np.random.beta(beta, beta)
    perm = torch.randperm(images.size(0))
    y1, y2, x1, x2 = rand_box(images.size(2), images.size(3), lam)
    images[:, :, y1:y2, x1:x2] = images[perm, :, y1:y2, x1:x2]
    lam = 1.0 - (y2 - y1) * (x2 - x1) / (images.size(2) * images.size(3))
    one_hot = F.one_hot(labels, num_classes).float()
    mixed = lam * one_hot + (1.0 - lam) * one_hot[perm]
    return images, mixed

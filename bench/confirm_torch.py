#!/usr/bin/env python3
"""The reference CNN and loop of 'loss-advisor confirm --task binary', in PyTorch (Debian's python3-torch), for timing.

Same network (conv 3x3, 8 filters, padding 1 -> relu -> max-pool 2 -> dense), same data shape (1024 train and
512 test 28x28 images, a 7x7 patch of brightness 1.5 over N(0, 0.5) noise), same start (output bias -8), same
SGD (lr 0.05, momentum 0.9, batch 32, 6 epochs), same four candidates, three seeds. Prints the wall time.
"""
import time
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(2)
CORNERS = [(3, 3), (3, 18), (18, 3), (18, 18)]


def data(n, rng):
    x = rng.normal(0, 0.5, size=(n, 1, 28, 28)).astype(np.float32)
    y = rng.integers(0, 2, size=n).astype(np.float32)
    for i in range(n):
        r, c = CORNERS[0] if y[i] == 1 else CORNERS[3]
        x[i, 0, r:r + 7, c:c + 7] += 1.5
    return torch.from_numpy(x), torch.from_numpy(y).unsqueeze(1)


def loss_of(candidate, z, y):
    if candidate == "bce-logits":
        return F.softplus(z).sub(z * y).mean()
    if candidate == "sigmoid-mse":
        return (torch.sigmoid(z) - y).pow(2).mean()
    p = z.clamp(1e-7, 1 - 1e-7) if candidate == "logits-into-bce" else torch.sigmoid(z)
    return -(y * p.log() + (1 - y) * (1 - p).log()).mean()


def run(candidate, seed):
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    xtr, ytr = data(1024, rng)
    xte, yte = data(512, rng)
    net = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8 * 14 * 14, 1))
    with torch.no_grad():
        net[-1].bias.fill_(-8.0)
    opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    for _ in range(6):
        for b in range(0, 1024, 32):
            opt.zero_grad()
            loss = loss_of(candidate, net(xtr[b:b + 32]), ytr[b:b + 32])
            loss.backward()
            opt.step()
    with torch.no_grad():
        z = net(xte)
        p = z.clamp(0, 1) if candidate == "logits-into-bce" else torch.sigmoid(z)
        return ((p > 0.5).float() == yte).float().mean().item()


start = time.perf_counter()
for cand in ["bce-logits", "sigmoid-mse", "logits-into-bce", "unclipped-bce"]:
    accs = [run(cand, s) for s in (1, 2, 3)]
    print(f"{cand:16s} accuracy {np.nanmean(accs):.3f}")
print(f"torch {torch.__version__}: wall {time.perf_counter() - start:.2f} s for 4 candidates x 3 seeds")

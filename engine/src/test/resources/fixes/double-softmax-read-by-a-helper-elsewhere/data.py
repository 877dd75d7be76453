import torch


def batches(n=64, features=20, classes=4, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, features, generator=g)
    y = torch.randint(0, classes, (n,), generator=g)
    for i in range(0, n, 16):
        yield x[i:i + 16], y[i:i + 16]

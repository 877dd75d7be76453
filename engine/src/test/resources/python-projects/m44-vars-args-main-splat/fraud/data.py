import torch


def load_batches(n=20, batch=256):
    for _ in range(n):
        yield torch.randn(batch, 30), torch.randint(0, 2, (batch, 1)).float()

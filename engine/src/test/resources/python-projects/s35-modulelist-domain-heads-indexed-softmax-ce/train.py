import torch
import torch.nn.functional as F

from multidomain.model import SharedEncoder


def train(model: SharedEncoder, loaders, epochs: int = 4):
    opt = torch.optim.Adam(model.parameters(), lr=5e-4)
    for _ in range(epochs):
        for domain, loader in enumerate(loaders):
            for tokens, offsets, labels in loader:
                loss = F.cross_entropy(model(tokens, offsets, domain), labels)
                opt.zero_grad()
                loss.backward()
                opt.step()


if __name__ == "__main__":
    from multidomain.data import amazon_loaders
    train(SharedEncoder(vocab=50000), amazon_loaders())

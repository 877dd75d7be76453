import torch
import torch.nn as nn

from regularizers.symmetric_kl import symmetric_kl


class Classifier(nn.Module):
    def __init__(self, vocab, dim, n_classes):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab, dim)
        self.head = nn.Linear(dim, n_classes)

    def forward(self, tokens, noise=None):
        h = self.embed(tokens)
        if noise is not None:
            h = h + noise * torch.randn_like(h)
        return self.head(h)


def train(model, loader, epochs=3, eps=1e-5, lam=1.0):
    opt = torch.optim.AdamW(model.parameters(), lr=2e-5)
    ce = nn.CrossEntropyLoss()
    for _ in range(epochs):
        for tokens, labels in loader:
            logits = model(tokens)
            noised = model(tokens, noise=eps)
            loss = ce(logits, labels) + lam * symmetric_kl(logits, noised)
            opt.zero_grad()
            loss.backward()
            opt.step()

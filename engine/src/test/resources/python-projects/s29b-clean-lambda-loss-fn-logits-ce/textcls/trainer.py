import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, lr=1e-3, class_weight=None):
        self.model = model
        self.opt = torch.optim.AdamW(model.parameters(), lr=lr)
        self.loss_fn = lambda scores, labels, w=class_weight: F.cross_entropy(scores, labels, weight=w)

    def step(self, batch):
        tokens, offsets, labels = batch
        self.opt.zero_grad()
        scores = self.model(tokens, offsets)
        loss = self.loss_fn(scores, labels)
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, loader, epochs=3):
        for epoch in range(epochs):
            total = 0.0
            for batch in loader:
                total += self.step(batch)
            print(f"epoch {epoch}: {total / max(1, len(loader)):.4f}")

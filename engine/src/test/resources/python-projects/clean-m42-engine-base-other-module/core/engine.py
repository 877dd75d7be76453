import torch


class Engine:
    """Runs epochs; subclasses say how a batch is scored."""

    def __init__(self, network, lr=1e-3, device="cpu"):
        self.network = network.to(device)
        self.device = device
        self.optim = torch.optim.AdamW(self.network.parameters(), lr=lr)

    def loss(self, preds, targets):
        raise NotImplementedError

    def train_batch(self, inputs, targets):
        preds = self.network(inputs.to(self.device))
        loss = self.loss(preds, targets.to(self.device))
        self.optim.zero_grad()
        loss.backward()
        self.optim.step()
        return loss.detach()

    def run_epoch(self, loader):
        losses = [self.train_batch(x, y) for x, y in loader]
        return torch.stack(losses).mean().item()

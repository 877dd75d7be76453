import torch
import torch.nn as nn


class Finetuner:
    """Fine-tunes any classifier handed to fit(); the loss and optimiser settings are fixed per run."""

    def __init__(self, lr=1e-4, epochs=3):
        self.lr = lr
        self.epochs = epochs
        self.loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)

    def adjust_lr(self, optimizer):
        """Hook for schedules; the plain finetuner keeps its learning rate."""

    def step(self, model, optimizer, batch):
        images, labels = batch
        self.adjust_lr(optimizer)
        optimizer.zero_grad()
        out = model(images)
        loss = self.loss_fn(out, labels)
        loss.backward()
        optimizer.step()
        return loss.item()

    def fit(self, model, loader):
        optimizer = torch.optim.SGD(model.parameters(), lr=self.lr, momentum=0.9)
        for epoch in range(self.epochs):
            losses = [self.step(model, optimizer, batch) for batch in loader]
            print(f"finetune epoch {epoch}: {sum(losses) / len(losses):.4f}")
        return model


class WarmupFinetuner(Finetuner):
    """Finetuner whose learning rate ramps up over the first epoch's steps."""

    def __init__(self, warmup_steps=500, **kwargs):
        super().__init__(**kwargs)
        self.warmup_steps = warmup_steps
        self.seen = 0

    def adjust_lr(self, optimizer):
        self.seen += 1
        for group in optimizer.param_groups:
            group["lr"] = self.lr * min(1.0, self.seen / self.warmup_steps)

"""Recipe: a small CNN on CIFAR-10, with a held-out batch watched every epoch."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SmallCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.classifier = nn.Linear(64 * 8 * 8, num_classes)

    def forward(self, x):
        return self.classifier(self.features(x).flatten(1))


def compute_loss(logits, targets):
    return F.cross_entropy(logits, targets)


def train_step(model, opt, x, y):
    opt.zero_grad()
    loss = compute_loss(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def batches(n):
    for _ in range(n):
        yield torch.randn(64, 3, 32, 32), torch.randint(0, 10, (64,))


model = SmallCNN()
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
x_val, y_val = next(batches(1))
x0, y0 = next(batches(1))
print("first step", train_step(model, opt, x0, y0))
for epoch in range(10):
    for x, y in batches(50):
        train_step(model, opt, x, y)
    model.eval()
    with torch.no_grad():
        probs = F.softmax(model(x_val), dim=1)
        val_loss = compute_loss(probs, y_val)
        acc = (probs.argmax(1) == y_val).float().mean()
    model.train()
    print(f"epoch {epoch} val loss {val_loss:.3f} acc {acc:.3f}")

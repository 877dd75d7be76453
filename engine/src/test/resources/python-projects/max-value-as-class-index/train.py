"""Port of the Keras CIFAR-10 example to PyTorch."""
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader

from data import load_split
from model import SmallConvNet


def train(epochs=25):
    train_set = load_split("cifar10.npz", "train")
    model = SmallConvNet()
    optimizer = torch.optim.RMSprop(model.parameters(), lr=1e-4, weight_decay=1e-6)
    for epoch in range(epochs):
        for x, y in DataLoader(train_set, batch_size=32, shuffle=True):
            out = model(x)
            loss = F.cross_entropy(out, y.max(1)[0].long())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            acc = (out.argmax(1) == y.argmax(1)).float().mean()
        print(f"epoch {epoch} loss {loss.item():.3f} acc {acc.item():.3f}")


if __name__ == "__main__":
    train()

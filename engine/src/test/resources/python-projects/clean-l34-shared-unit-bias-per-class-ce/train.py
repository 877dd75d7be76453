import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

from protonet.model import SharedHead


def main(epochs: int = 2, n_classes: int = 10):
    images = torch.randn(256, 1, 28, 28)
    labels = torch.randint(0, n_classes, (256,))
    loader = DataLoader(TensorDataset(images, labels), batch_size=32, shuffle=True)
    net = SharedHead(n_classes)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for epoch in range(epochs):
        for x, y in loader:
            scores, probs = net(x)
            loss = F.cross_entropy(scores, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch}: loss {loss.item():.3f}")


if __name__ == "__main__":
    main()

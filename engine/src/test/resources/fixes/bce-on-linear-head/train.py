import torch
import torch.nn as nn

from model import Scorer


def main():
    torch.manual_seed(0)
    model = Scorer()
    criterion = nn.BCELoss()
    x = torch.randn(32, 20)
    y = (x[:, 0] > 0).float()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(3):
        optimizer.zero_grad()
        logits = model(x)
        loss = criterion(logits, y)
        loss.backward()
        optimizer.step()
    print(f"last loss {loss.item():.4f}")


if __name__ == "__main__":
    main()

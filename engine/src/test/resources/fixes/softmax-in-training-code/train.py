import torch
import torch.nn.functional as F
from torch import nn

from data import batches
from model import Classifier


def main():
    torch.manual_seed(0)
    model = Classifier()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in batches():
        optimizer.zero_grad()
        probs = F.softmax(model(x), dim=1)
        loss = criterion(probs, y)
        loss.backward()
        optimizer.step()
    print(f"last loss {loss.item():.4f}")


if __name__ == "__main__":
    main()

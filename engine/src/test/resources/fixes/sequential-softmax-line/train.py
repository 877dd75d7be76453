import torch
import torch.nn as nn

from data import batches
from model import Tagger


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Tagger()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for x, y in batches():
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
    print(f"last loss {loss.item():.4f}")

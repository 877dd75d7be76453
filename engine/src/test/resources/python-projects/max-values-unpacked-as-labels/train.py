import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from digits.data import collate
from digits.model import USPSNet


def fit(dataset, epochs=20):
    model = USPSNet()
    criterion = nn.NLLLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loader = DataLoader(dataset, batch_size=64, shuffle=True, collate_fn=collate)
    for epoch in range(epochs):
        for images, onehot in loader:
            labels, _ = torch.max(onehot, dim=1)
            loss = criterion(model(images), labels.long())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return model


if __name__ == "__main__":
    fit([])

"""Train the COCO tagger with one BCE term per tag."""
import torch
import torch.nn as nn

from tagger.model import Tagger
from utils.context import train_mode


def fit(net, loader, epochs=20):
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-4)
    for epoch in range(epochs):
        with train_mode(net) as model:
            for feats, tags in loader:
                loss = criterion(model(feats), tags.float())
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()


if __name__ == "__main__":
    fit(Tagger(), [])

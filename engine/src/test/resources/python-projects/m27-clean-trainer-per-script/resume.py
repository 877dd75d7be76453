import sys

import torch
import torch.nn as nn

from data import loaders
from trainkit.trainer import Trainer

if __name__ == "__main__":
    checkpoint = sys.argv[1] if len(sys.argv) > 1 else "fashion_full.pt"
    net = torch.load(checkpoint, map_location="cpu")
    train_loader, test_loader = loaders("FashionMNIST")
    Trainer(net, nn.CrossEntropyLoss(), lr=1e-4).fit(train_loader, test_loader, epochs=2)

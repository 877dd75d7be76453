import argparse

import numpy as np
import torch
from torch import nn

from zoo import MODELS, build

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="mlp", choices=sorted(MODELS), help="one of: " + ", ".join(sorted(MODELS)))
parser.add_argument("--lr", type=float, default=0.001)
args = parser.parse_args()

features = np.load("data/features.npy").astype("float32")
labels = np.load("data/labels.npy")
x, y = torch.from_numpy(features), torch.from_numpy(labels).long()
model = build(args.model, x.shape[1], 20)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
for epoch in range(50):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()

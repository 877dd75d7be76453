import argparse

import torch
import torch.nn as nn

from petnet.config import ModelConfig
from petnet.model import PetNet

parser = argparse.ArgumentParser()
parser.add_argument("--probs", action="store_true")
parser.add_argument("--width", type=int, default=64)
args = parser.parse_args()

cfg = ModelConfig(width=args.width, probs=args.probs)
model = PetNet(cfg)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)

for epoch in range(40):
    for images, breeds in []:
        loss = criterion(model(images), breeds)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

"""python train.py softmax|linear: the loss comes from a registry by name, the model returns (scores, features)."""
import sys

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from model import Encoder

LOSSES = {"ce": nn.CrossEntropyLoss, "nll": nn.NLLLoss, "bce": nn.BCEWithLogitsLoss}
config = {"loss": "ce", "head": sys.argv[1] if len(sys.argv) > 1 else "softmax", "classes": 5}

torch.manual_seed(1)
images = torch.randn(256, 1, 8, 8)
labels = torch.randint(0, config["classes"], (256,))
loader = DataLoader(TensorDataset(images, labels), batch_size=32, shuffle=True)
model = Encoder(config["classes"], config["head"])
criterion = LOSSES[config["loss"]]()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(2):
    for batch, (x, y) in enumerate(loader):
        scores, _ = model(x)
        loss = criterion(scores, y)  # expect: LA007 if softmax
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
print("done", round(loss.item(), 4))

from typing import cast

import torch
import torch.nn as nn

from intent.model import IntentClassifier


def build(cfg):
    return IntentClassifier(cfg["vocab"], cfg["dim"], cfg["intents"])


model = cast(nn.Module, build({"vocab": 5000, "dim": 64, "intents": 12}))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(100):
    tokens = torch.randint(0, 5000, (32, 20))
    intents = torch.randint(0, 12, (32,))
    optimizer.zero_grad()
    loss = criterion(model(tokens), intents)
    loss.backward()
    optimizer.step()

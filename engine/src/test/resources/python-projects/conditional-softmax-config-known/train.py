import torch
import torch.nn as nn

from petnet.config import ModelConfig
from petnet.model import PetNet

cfg = ModelConfig(num_classes=37, probs=True)
model = PetNet(cfg)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)

for epoch in range(40):
    for images, breeds in []:
        loss = criterion(model(images), breeds)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

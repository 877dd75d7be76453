import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tabnet.model import TabularClassifier

data = np.load("data/covertype.npz")
features = torch.tensor(data["x"], dtype=torch.float32)
labels = torch.tensor(data["y"], dtype=torch.long)
loader = DataLoader(TensorDataset(features, labels), batch_size=512, shuffle=True)

model = TabularClassifier(n_features=features.shape[1], n_classes=7)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)

for epoch in range(20):
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()

import torch
import torch.nn as nn

from tabular.net import TabularNet

DIMS = [54, 256, 128, 7]

model = TabularNet(DIMS)
criterion = nn.CrossEntropyLoss(label_smoothing=0.05)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
x = torch.randn(4096, 54)
y = torch.randint(0, 7, (4096,))
for epoch in range(20):
    for i in range(0, 4096, 256):
        optimizer.zero_grad()
        loss = criterion(model(x[i:i + 256]), y[i:i + 256])
        loss.backward()
        optimizer.step()

print(model.predict_proba(x[:5]))

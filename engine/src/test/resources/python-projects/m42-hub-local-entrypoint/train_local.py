import torch
from torch import nn

model = torch.hub.load(".", "leafnet_small", source="local", num_diseases=14, drop=0.2)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.05)

for step in range(100):
    photos = torch.randn(16, 3, 128, 128)
    diseases = torch.randint(0, 2, (16, 14)).float()
    optimizer.zero_grad()
    loss = criterion(model(photos), diseases)
    loss.backward()
    optimizer.step()

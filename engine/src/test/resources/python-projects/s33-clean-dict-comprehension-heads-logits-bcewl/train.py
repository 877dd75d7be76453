import torch
from torch import nn

from faces.model import AttributeNet

model = AttributeNet()
binary = nn.BCEWithLogitsLoss()
colour = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for step in range(200):
    images = torch.randn(32, 3, 64, 64)
    glasses = torch.randint(0, 2, (32, 1)).float()
    smiling = torch.randint(0, 2, (32, 1)).float()
    hair = torch.randint(0, 5, (32,))
    out = model(images)
    loss = binary(out["eyeglasses"], glasses) + binary(out["smiling"], smiling) + colour(out["hair_colour"], hair)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

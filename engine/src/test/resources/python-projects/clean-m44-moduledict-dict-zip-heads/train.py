import torch
import torch.nn as nn

from faces.model import ATTRIBUTES, FaceAttributes

net = FaceAttributes()
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-4)
for step in range(1000):
    images = torch.randn(16, 3, 64, 64)
    labels = {a: torch.randint(0, 2, (16, 1)).float() for a in ATTRIBUTES}
    outputs = net(images)
    loss = sum(criterion(outputs[a], labels[a]) for a in ATTRIBUTES)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

import torch
import torch.nn as nn

from parsing.head import ParsingHead

encoder = nn.Sequential(nn.Conv2d(3, 64, 3, 2, 1), nn.ReLU(), nn.Conv2d(64, 128, 3, 2, 1), nn.ReLU())
head = ParsingHead()
criterion = nn.NLLLoss()
optimizer = torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()), lr=1e-3)
for faces, labels in torch.load("data/celebamask_batches.pt"):
    loss = criterion(head(encoder(faces), labels.shape[-2:]), labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

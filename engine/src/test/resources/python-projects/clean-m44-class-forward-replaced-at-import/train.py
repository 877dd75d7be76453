import torch
import torch.nn as nn

from reviews.model import ReviewClassifier

model = ReviewClassifier()
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
for epoch in range(4):
    tokens = torch.randint(0, 20000, (400,))
    offsets = torch.arange(0, 400, 25)
    labels = torch.randint(0, 2, (16, 1)).float()
    optimizer.zero_grad()
    loss = criterion(model(tokens, offsets), labels)
    loss.backward()
    optimizer.step()

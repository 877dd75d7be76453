import torch
import torch.nn.functional as F

from ecg_model import RhythmNet
from loops import predictions

model = RhythmNet()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(20):
    for scores, labels in predictions(model, train_loader):
        loss = F.cross_entropy(scores, labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

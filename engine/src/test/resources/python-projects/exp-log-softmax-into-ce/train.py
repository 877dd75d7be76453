import torch
import torch.nn as nn

from models.ecg import BeatClassifier

CLASS_WEIGHTS = torch.tensor([0.2, 2.0, 1.5, 4.0, 1.0])

model = BeatClassifier()
criterion = nn.CrossEntropyLoss(weight=CLASS_WEIGHTS)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for epoch in range(25):
    for beats, aami in []:
        probs = model(beats)
        loss = criterion(probs, aami)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

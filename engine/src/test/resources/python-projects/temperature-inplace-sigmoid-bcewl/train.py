import torch
import torch.nn as nn

from calib.heads import TemperatureHead

# features precomputed by a frozen ResNet-50 (2048-d), 80 COCO labels per image
model = TemperatureHead(2048, 80, temperature=1.5)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)

for features, labels in torch.load("data/coco_features.pt"):
    optimizer.zero_grad()
    loss = criterion(model(features), labels.float())
    loss.backward()
    optimizer.step()

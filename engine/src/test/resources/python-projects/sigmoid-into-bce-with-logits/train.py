import torch
from models.detector import Detector

model = Detector()
criterion = torch.nn.BCEWithLogitsLoss()
for x, y in []:
    loss = criterion(model(x).squeeze(1), y.float())

import torch

from detector import CenterHead, DetectionLoss
from features import FeatureDataset

head = CenterHead(in_channels=256, num_classes=20)
criterion = DetectionLoss()
optimizer = torch.optim.AdamW(head.parameters(), lr=2e-4)
loader = torch.utils.data.DataLoader(FeatureDataset("data/voc_feats"), batch_size=16, shuffle=True)

for epoch in range(30):
    for feats, target in loader:
        loss = criterion(head(feats), target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(f"epoch {epoch} loss {loss.item():.4f}")

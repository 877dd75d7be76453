import torch
import torch.nn.functional as F

from speaker.model import XVector

model = XVector()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for feats, speaker in loader:
    loss = F.cross_entropy(model(feats)[1], speaker)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

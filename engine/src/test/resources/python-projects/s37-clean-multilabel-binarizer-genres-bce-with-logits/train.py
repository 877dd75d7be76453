import torch
import torch.nn as nn

from posters.data import load_targets

targets, genres = load_targets()
features = torch.load("poster_features.pt")
model = nn.Sequential(nn.Linear(2048, 512), nn.ReLU(), nn.Dropout(0.3), nn.Linear(512, len(genres)))
criterion = nn.BCEWithLogitsLoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(20):
    for i in range(0, len(features), 64):
        loss = criterion(model(features[i:i + 64]), targets[i:i + 64])
        opt.zero_grad()
        loss.backward()
        opt.step()

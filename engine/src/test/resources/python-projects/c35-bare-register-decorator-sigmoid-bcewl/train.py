import torch
import torch.nn as nn

from zoo import create

cfg = {"arch": "planetnet", "lr": 1e-3, "epochs": 12, "n_tags": 17}
model = create(cfg["arch"], n_tags=cfg["n_tags"])
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
chips = torch.load("planet_chips.pt")
for epoch in range(cfg["epochs"]):
    for x, tags in chips:
        loss = criterion(model(x), tags.float())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

import torch
import torch.nn as nn

from objectives import Objective

CONFIG = {"objective": "multilabel", "n_tags": 12}

model = nn.Sequential(nn.Linear(300, 128), nn.ReLU(), nn.Linear(128, CONFIG["n_tags"]))
objective = Objective(CONFIG["objective"])
criterion = objective.make_loss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(500):
    docs = torch.randn(32, 300)
    tags = torch.randint(0, 2, (32, CONFIG["n_tags"])).float()
    loss = criterion(model(docs), tags)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

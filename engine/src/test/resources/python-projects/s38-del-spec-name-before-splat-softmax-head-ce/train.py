import torch
import torch.nn as nn

from intents.factory import from_spec

SPEC = {"name": "intent-mlp", "in_dim": 300, "hidden": 512, "out_dim": 21, "out_act": "softmax", "dropout": 0.2}

model = from_spec(SPEC)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(300):
    emb = torch.randn(64, 300)
    intent = torch.randint(0, 21, (64,))
    loss = criterion(model(emb), intent)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

import torch
import torch.nn as nn

from linkpred.heads import PerTypeScorer

DIMS = {"user": 24, "merchant": 16, "device": 8}
TARGET = "user"


def batches(n_steps, size=256):
    for _ in range(n_steps):
        feats = {t: torch.randn(size, d) for t, d in DIMS.items()}
        yield feats, torch.randint(0, 2, (size,)).float()


model = PerTypeScorer(DIMS)
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(4.0))
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)

for step, (feats, y) in enumerate(batches(500)):
    scores = model(feats)
    loss = criterion(scores[TARGET], y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 50 == 0:
        print(step, loss.item())

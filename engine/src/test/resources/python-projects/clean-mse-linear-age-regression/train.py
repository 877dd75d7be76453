import torch
import torch.nn as nn

from agenet.model import AgeRegressor

AGE_MEAN, AGE_STD = 33.2, 12.9

model = AgeRegressor()
criterion = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
for epoch in range(40):
    abs_err = []
    for emb, age in []:
        target = (age.float() - AGE_MEAN) / AGE_STD
        pred = model(emb)
        loss = criterion(pred, target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        abs_err.append((pred.detach() * AGE_STD + AGE_MEAN - age).abs().mean().item())
    print(f"epoch {epoch}: MAE {sum(abs_err) / max(len(abs_err), 1):.2f} years")

import numpy as np
import torch
import torch.nn as nn

data = np.load("land_cover_fractions.npz")
x = torch.tensor(data["bands"], dtype=torch.float32)
y = torch.tensor(data["fractions"], dtype=torch.float32)

model = nn.Sequential(
    nn.Linear(x.shape[1], 64),
    nn.ReLU(),
    nn.Linear(64, 7),
    nn.Softmax(dim=1),
)
loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

for epoch in range(100):
    pred = model(x)
    loss = loss_fn(pred, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 10 == 0:
        mae = (pred - y).abs().mean().item()
        print(f"epoch {epoch}: loss {loss.item():.4f}, mean abs error of the fractions {mae:.3f}")

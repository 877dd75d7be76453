import numpy as np
import torch
import torch.nn as nn

data = np.load("land_cover_pixels.npz")
x = torch.tensor(data["bands"], dtype=torch.float32)
y = torch.tensor(data["target"], dtype=torch.float32)

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
        correct = (pred.argmax(dim=1) == y.argmax(dim=1)).sum().item()
        print(f"epoch {epoch}: loss {loss.item():.4f}, accuracy {correct / len(y):.3f}")

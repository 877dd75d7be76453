import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

from tabular.data import load_iris
from tabular.model import make_classifier

x, y = load_iris()
model = make_classifier()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
loader = DataLoader(TensorDataset(x, y), batch_size=16, shuffle=True)
for epoch in range(200):
    for xb, yb in loader:
        loss = F.mse_loss(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    if epoch % 20 == 0:
        with torch.no_grad():
            acc = (model(x).argmax(1) == y.argmax(1)).float().mean()
        print(epoch, loss.item(), acc.item())

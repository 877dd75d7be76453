import numpy as np
import torch

from tabkit import TabularNet

data = np.load("data/covtype.npz")
x = torch.tensor(data["x"], dtype=torch.float32)
y = torch.tensor(data["y"], dtype=torch.long)

model = TabularNet(x.shape[1], task="multiclass", n_classes=7)
model.fit(x, y, epochs=20)
torch.save(model.state_dict(), "covtype.pt")

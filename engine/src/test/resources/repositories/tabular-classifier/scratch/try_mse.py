import torch
from torch import nn

model = nn.Sequential(nn.Linear(42, 3), nn.Softmax(dim=1))
criterion = nn.NLLLoss()
out = model(torch.randn(8, 42))
loss = criterion(out, torch.randint(0, 3, (8,)))

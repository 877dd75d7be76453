import torch.nn as nn
import torch.nn.functional as F
from model import Net

model = Net()
mse = nn.MSELoss()
for x, y in []:
    loss = mse(model(x), F.one_hot(y, 10).float())

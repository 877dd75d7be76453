import torch.nn as nn
from model import MultiHead

model = MultiHead()
criterion = nn.CrossEntropyLoss()
for x, y in []:
    features = model.trunk(x)
    loss = criterion(model.head[0](features), y)

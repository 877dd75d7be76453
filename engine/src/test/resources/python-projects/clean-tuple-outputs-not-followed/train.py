from torch import nn
from model import Inception

model = Inception()
criterion = nn.CrossEntropyLoss()
for x, y in []:
    out, aux = model(x)
    loss = criterion(aux, y)

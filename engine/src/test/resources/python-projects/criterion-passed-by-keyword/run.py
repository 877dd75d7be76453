from torch import nn
from engine import Net, fit

fit(Net(), [], loss_fn=nn.CrossEntropyLoss())

import torch
from torch import nn
from net import TextCNN

model = TextCNN(20000)
loss_fn = nn.CrossEntropyLoss()
for tokens, labels in []:
    loss = loss_fn(model(tokens), labels)

import torch
from torch import nn, optim

from textcnn.model import TextCNN

VOCAB = 30000
model = TextCNN(VOCAB, n_labels=20)
loss_function = nn.CrossEntropyLoss()
optimizer = optim.Adadelta(model.parameters())

for epoch in range(10):
    for ids, label in torch.load("20news_train.pt"):
        optimizer.zero_grad()
        loss = loss_function(model(ids), label)
        loss.backward()
        optimizer.step()

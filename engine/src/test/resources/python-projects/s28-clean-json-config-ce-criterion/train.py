import json

import torch
from torch import nn

from textcnn import TextCNN

params = json.load(open("params.json"))
model = TextCNN(params["vocab_size"], params["embed_dim"], params["kernel_sizes"], params["num_classes"], params["dropout"])
criterion = getattr(nn, params["criterion"])()
optimizer = torch.optim.Adam(model.parameters(), lr=params["lr"])

for epoch in range(10):
    for tokens, labels in train_iter:
        optimizer.zero_grad()
        loss = criterion(model(tokens), labels)
        loss.backward()
        optimizer.step()

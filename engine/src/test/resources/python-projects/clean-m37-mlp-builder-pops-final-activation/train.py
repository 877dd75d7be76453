import torch
import torch.nn as nn

from nets.mlp import classifier_layers

layers = classifier_layers([64, 256, 256, 10])
layers.pop()  # train on raw scores: CrossEntropyLoss applies the softmax itself
model = nn.Sequential(*layers)
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
features = torch.load("data/features.pt")
for epoch in range(30):
    for x, y in torch.utils.data.DataLoader(features, batch_size=128, shuffle=True):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()

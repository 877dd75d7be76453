import torch
import torch.nn as nn

from cnn.layers import vgg_like

model = nn.Sequential(*vgg_like(n_classes=10))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, nesterov=True)
images = torch.randn(32, 3, 32, 32)
labels = torch.randint(0, 10, (32,))
for epoch in range(5):
    optimizer.zero_grad()
    loss = criterion(model(images), labels)
    loss.backward()
    optimizer.step()

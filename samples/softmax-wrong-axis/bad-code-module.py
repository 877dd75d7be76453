import torch
from torch import nn

model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(784, 100),
    nn.ReLU(),
    nn.Linear(100, 10),
    nn.LogSoftmax(dim=0),
)
criterion = nn.NLLLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
images, labels = torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))
loss = criterion(model(images), labels)
loss.backward()
optimizer.step()
